package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.TrailAlreadyExistsException;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * CloudTrail through the AWS SDK for Java v2 (JSON 1.1): trails with AWS's errors, LookupEvents
 * over the calls Stratus answered, and "AWS API Call via CloudTrail" events reaching an
 * EventBridge rule's queue with the caller's identity, as AWS's user guide shows them.
 */
class CloudTrailJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final ObjectMapper JSON = new ObjectMapper();
    static CloudTrailClient trails;
    static IamClient iam;
    static EventBridgeClient events;
    static SqsClient sqs;

    @BeforeAll
    static void clients() {
        trails = Clients.cloudTrail(STRATUS.endpoint());
        iam = Clients.iam(STRATUS.endpoint());
        events = Clients.events(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        trails.close();
        iam.close();
        events.close();
        sqs.close();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTrailIsCreatedStartedDescribedAndDeleted() {
        String name = unique("audit");
        CreateTrailResponse made = trails.createTrail(b -> b.name(name).s3BucketName("audit-logs").isMultiRegionTrail(true)
                .tagsList(t -> t.key("team").value("sec")));
        assertEquals("arn:aws:cloudtrail:us-east-1:000000000000:trail/" + name, made.trailARN());
        assertTrue(made.isMultiRegionTrail());
        assertFalse(trails.getTrailStatus(b -> b.name(name)).isLogging(), "a new trail does not log until started");
        trails.startLogging(b -> b.name(made.trailARN()));
        assertTrue(trails.getTrailStatus(b -> b.name(name)).isLogging());
        assertNotNull(trails.getTrailStatus(b -> b.name(name)).startLoggingTime());

        assertEquals(ReadWriteType.ALL, trails.getEventSelectors(b -> b.trailName(name)).eventSelectors().getFirst().readWriteType());
        trails.putEventSelectors(b -> b.trailName(name).eventSelectors(s -> s.readWriteType(ReadWriteType.WRITE_ONLY).includeManagementEvents(true)));
        assertEquals(ReadWriteType.WRITE_ONLY, trails.getEventSelectors(b -> b.trailName(name)).eventSelectors().getFirst().readWriteType());

        assertTrue(trails.describeTrails(b -> b.trailNameList(name)).trailList().getFirst().hasCustomEventSelectors());
        assertTrue(trails.listTrails(b -> { }).trails().stream().anyMatch(t -> t.name().equals(name) && t.homeRegion().equals("us-east-1")));
        assertEquals(List.of("sec"), trails.listTags(b -> b.resourceIdList(made.trailARN())).resourceTagList().getFirst().tagsList().stream()
                .map(t -> t.value()).toList());
        trails.updateTrail(b -> b.name(name).s3KeyPrefix("prod"));
        assertEquals("prod", trails.getTrail(b -> b.name(name)).trail().s3KeyPrefix());

        trails.stopLogging(b -> b.name(name));
        trails.deleteTrail(b -> b.name(name));
        assertThrows(TrailNotFoundException.class, () -> trails.getTrail(b -> b.name(name)));
    }

    @Test
    void badTrailInputGetsAwssErrors() {
        String name = unique("dup");
        trails.createTrail(b -> b.name(name).s3BucketName("audit-logs"));
        assertThrows(TrailAlreadyExistsException.class, () -> trails.createTrail(b -> b.name(name).s3BucketName("audit-logs")));
        assertThrows(InvalidTrailNameException.class, () -> trails.createTrail(b -> b.name("x").s3BucketName("audit-logs")));
        assertThrows(TrailNotFoundException.class, () -> trails.startLogging(b -> b.name(unique("none"))));
        CloudTrailException both = assertThrows(CloudTrailException.class, () -> trails.putEventSelectors(b -> b.trailName(name)));
        assertEquals("InvalidEventSelectorsException", both.awsErrorDetails().errorCode());
        CloudTrailException tooMany = assertThrows(CloudTrailException.class, () -> trails.lookupEvents(b -> b.maxResults(51)));
        assertEquals(400, tooMany.statusCode());
        trails.deleteTrail(b -> b.name(name));
    }

    @Test
    void lookupEventsFindsTheCallsStratusAnswered() throws Exception {
        String name = unique("looked-up");
        trails.createTrail(b -> b.name(name).s3BucketName("audit-logs"));
        List<Event> found = trails.lookupEvents(b -> b.lookupAttributes(a -> a.attributeKey(LookupAttributeKey.EVENT_NAME).attributeValue("CreateTrail"))
                .maxResults(50)).events();
        Event created = found.stream().filter(e -> e.cloudTrailEvent().contains(name)).findFirst().orElseThrow();
        assertEquals("cloudtrail.amazonaws.com", created.eventSource());
        assertEquals("root", created.username());
        assertEquals("false", created.readOnly());
        assertEquals("AWS::CloudTrail::Trail", created.resources().getFirst().resourceType());
        JsonNode record = JSON.readTree(created.cloudTrailEvent());
        assertEquals(name, record.at("/requestParameters/name").asText());
        assertEquals("arn:aws:cloudtrail:us-east-1:000000000000:trail/" + name, record.at("/responseElements/trailARN").asText());
        assertEquals("Root", record.at("/userIdentity/type").asText());
        assertTrue(record.get("userAgent").asText().contains("aws-sdk-java"), record.get("userAgent").asText());
        assertFalse(record.get("sourceIPAddress").asText().isEmpty());

        String eventId = created.eventId();
        assertEquals(eventId, trails.lookupEvents(b -> b.lookupAttributes(a -> a.attributeKey(LookupAttributeKey.EVENT_ID).attributeValue(eventId)))
                .events().getFirst().eventId());
        trails.deleteTrail(b -> b.name(name));
    }

    @Test
    void anIamUsersCreateUserReachesAnEventBridgeRuleWithTheirIdentity() throws Exception {
        String queue = unique("trail-events");
        String url = sqs.createQueue(b -> b.queueName(queue)).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)).attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.POLICY, "{\"Version\":\"2012-10-17\",\"Statement\":[{"
                + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},\"Action\":\"sqs:SendMessage\",\"Resource\":\""
                + queueArn + "\"}]}")));
        String created = unique("new-hire");
        String rule = unique("on-create-user");
        events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"aws.iam\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
                + "\"detail\":{\"eventName\":[\"CreateUser\"],\"requestParameters\":{\"userName\":[\"" + created + "\"]}}}"));
        events.putTargets(b -> b.rule(rule).targets(t -> t.id("q").arn(queueArn)));

        String admin = unique("admin");
        iam.createUser(b -> b.userName(admin));
        iam.putUserPolicy(b -> b.userName(admin).policyName("hire").policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                + "\"Allow\",\"Action\":\"iam:CreateUser\",\"Resource\":\"*\"}]}"));
        AccessKey key = iam.createAccessKey(b -> b.userName(admin)).accessKey();
        String adminId = iam.getUser(b -> b.userName(admin)).user().userId();
        try (IamClient asAdmin = Clients.iam(STRATUS.endpoint(), key.accessKeyId(), key.secretAccessKey())) {
            asAdmin.createUser(b -> b.userName(created));
            IamException denied = assertThrows(IamException.class, () -> asAdmin.deleteUser(b -> b.userName(created)));
            assertEquals("AccessDenied", denied.awsErrorDetails().errorCode());
        }

        JsonNode event = JSON.readTree(receiveOne(url).body());
        assertEquals("AWS API Call via CloudTrail", event.get("detail-type").asText());
        assertEquals("aws.iam", event.get("source").asText());
        JsonNode detail = event.get("detail");
        assertEquals("IAMUser", detail.at("/userIdentity/type").asText());
        assertEquals(adminId, detail.at("/userIdentity/principalId").asText());
        assertEquals(key.accessKeyId(), detail.at("/userIdentity/accessKeyId").asText());
        assertEquals(admin, detail.at("/userIdentity/userName").asText());
        assertEquals(created, detail.at("/responseElements/user/userName").asText());
        assertEquals("us-east-1", detail.get("awsRegion").asText());

        Event denied = trails.lookupEvents(b -> b.lookupAttributes(a -> a.attributeKey(LookupAttributeKey.USERNAME).attributeValue(admin))).events()
                .stream().filter(e -> e.eventName().equals("DeleteUser")).findFirst().orElseThrow();
        assertEquals("AccessDenied", JSON.readTree(denied.cloudTrailEvent()).get("errorCode").asText());
    }

    static Message receiveOne(String url) {
        for (int i = 0; i < 20; i++) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1)).messages();
            if (!got.isEmpty()) {
                return got.getFirst();
            }
        }
        throw new AssertionError("no event reached " + url);
    }
}
