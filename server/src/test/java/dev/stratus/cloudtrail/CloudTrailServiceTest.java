package dev.stratus.cloudtrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.cloudtrail.api.AddTagsRequest;
import dev.stratus.cloudtrail.api.CreateTrailRequest;
import dev.stratus.cloudtrail.api.DeleteTrailRequest;
import dev.stratus.cloudtrail.api.DescribeTrailsRequest;
import dev.stratus.cloudtrail.api.Event;
import dev.stratus.cloudtrail.api.EventSelector;
import dev.stratus.cloudtrail.api.GetEventSelectorsRequest;
import dev.stratus.cloudtrail.api.GetTrailRequest;
import dev.stratus.cloudtrail.api.GetTrailStatusRequest;
import dev.stratus.cloudtrail.api.ListTagsRequest;
import dev.stratus.cloudtrail.api.LookupAttribute;
import dev.stratus.cloudtrail.api.LookupEventsRequest;
import dev.stratus.cloudtrail.api.LookupEventsResponse;
import dev.stratus.cloudtrail.api.PutEventSelectorsRequest;
import dev.stratus.cloudtrail.api.StartLoggingRequest;
import dev.stratus.cloudtrail.api.StopLoggingRequest;
import dev.stratus.cloudtrail.api.Tag;
import dev.stratus.cloudtrail.api.UpdateTrailRequest;
import dev.stratus.platform.identity.Credentials.Credential;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.ApiCall;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Trails, and the recorder feeding event history and the default bus, against the service on an in-memory store. */
class CloudTrailServiceTest {
    static final String ACCOUNT = "111122223333";
    static final Principal ROOT = new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT);
    static final Principal ALICE = new Principal(Principal.Type.USER, "arn:aws:iam::" + ACCOUNT + ":user/alice", ACCOUNT);
    static final Principal SESSION = new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::" + ACCOUNT + ":assumed-role/deployer/ci", ACCOUNT);
    final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T08:30:00Z").toEpochMilli());
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final CloudTrailRepository repo = new CloudTrailRepository();
    final EventHistory history = new EventHistory(store, clock, timers, repo);
    final CloudTrailService trails = new CloudTrailService(store, clock, repo, history);
    final List<ServiceEvents.Event> bus = new ArrayList<>();
    final Map<String, Credential> keys = Map.of(
            "AKIAALICE", new Credential("AKIAALICE", "s", null, ALICE, "AIDAALICE", ALICE.id(), true, Instant.EPOCH, null, null, null),
            "ASIACI", new Credential("ASIACI", "s", "tok", SESSION, "AROADEPLOYER:ci", "arn:aws:iam::" + ACCOUNT + ":role/ops/deployer", true,
                    Instant.parse("2026-12-06T08:00:00.123Z"), null, null, null));
    final Recorder recorder = new Recorder(store, clock, repo, new UserIdentities(k -> Optional.ofNullable(keys.get(k))), (tx, e) -> bus.add(e));

    @AfterEach
    void close() {
        timers.close();
        store.close();
    }

    static RequestContext ctx(String service, String op, Principal who, String key) {
        return new RequestContext("req-" + op, service, op, "eu-west-1", ACCOUNT, key, "localhost", who, "198.51.100.7", "aws-cli/2.9.19");
    }

    static RequestContext ctx(String op) {
        return ctx("cloudtrail", op, ROOT, "test");
    }

    static CreateTrailRequest create(String name) {
        return new CreateTrailRequest(name, "trail-bucket", null, null, null, null, null, null, null, null, null, null);
    }

    void call(RequestContext ctx, String input, String output, AwsException error) {
        recorder.record(new ApiCall(ctx, Json.parse(input), output == null ? null : Json.parse(output), error));
    }

    LookupEventsResponse lookup(String key, String value) {
        return lookupIn("eu-west-1", key, value);
    }

    LookupEventsResponse lookupIn(String region, String key, String value) {
        RequestContext ctx = new RequestContext("r", "cloudtrail", "LookupEvents", region, ACCOUNT, "test", "localhost", ROOT);
        return trails.lookupEvents(ctx, new LookupEventsRequest(key == null ? null : List.of(new LookupAttribute(key, value)),
                null, null, null, null, null));
    }

    @Test
    void aTrailIsCreatedStoppedAndLogsWhenStarted() {
        var created = trails.createTrail(ctx("CreateTrail"), create("audit"));
        assertEquals("arn:aws:cloudtrail:eu-west-1:" + ACCOUNT + ":trail/audit", created.trailARN());
        assertTrue(created.includeGlobalServiceEvents());
        assertFalse(created.isMultiRegionTrail());
        assertFalse(trails.getTrailStatus(ctx("GetTrailStatus"), new GetTrailStatusRequest("audit")).isLogging());

        trails.startLogging(ctx("StartLogging"), new StartLoggingRequest(created.trailARN()));
        var status = trails.getTrailStatus(ctx("GetTrailStatus"), new GetTrailStatusRequest("audit"));
        assertTrue(status.isLogging());
        assertEquals(Instant.parse("2026-12-06T08:30:00Z"), status.startLoggingTime());
        assertEquals("2026-12-06T08:30:00Z", status.timeLoggingStarted());
        clock.advance(60_000);
        trails.stopLogging(ctx("StopLogging"), new StopLoggingRequest("audit"));
        status = trails.getTrailStatus(ctx("GetTrailStatus"), new GetTrailStatusRequest("audit"));
        assertFalse(status.isLogging());
        assertEquals(Instant.parse("2026-12-06T08:31:00Z"), status.stopLoggingTime());

        assertEquals("trail-bucket", trails.getTrail(ctx("GetTrail"), new GetTrailRequest("audit")).trail().s3BucketName());
        trails.updateTrail(ctx("UpdateTrail"), new UpdateTrailRequest("audit", null, "logs/", null, null, true, null, null, null, null, null));
        var t = trails.describeTrails(ctx("DescribeTrails"), new DescribeTrailsRequest(null, null)).trailList().getFirst();
        assertEquals("logs/", t.s3KeyPrefix());
        assertTrue(t.isMultiRegionTrail());
        assertEquals("eu-west-1", t.homeRegion());
    }

    @Test
    void trailErrorsAreAwss() {
        trails.createTrail(ctx("CreateTrail"), create("audit"));
        assertEquals("TrailAlreadyExistsException", assertThrows(AwsException.class, () -> trails.createTrail(ctx("CreateTrail"), create("audit"))).code());
        assertEquals("InvalidTrailNameException", assertThrows(AwsException.class, () -> trails.createTrail(ctx("CreateTrail"), create("a"))).code());
        assertEquals("InvalidTrailNameException", assertThrows(AwsException.class, () -> trails.createTrail(ctx("CreateTrail"), create("-bad"))).code());
        assertEquals("InvalidTrailNameException", assertThrows(AwsException.class, () -> trails.createTrail(ctx("CreateTrail"), create("a..b"))).code());
        assertEquals("InvalidS3BucketNameException", assertThrows(AwsException.class, () -> trails.createTrail(ctx("CreateTrail"),
                new CreateTrailRequest("other", "Bad_Bucket", null, null, null, null, null, null, null, null, null, null))).code());
        AwsException missing = assertThrows(AwsException.class, () -> trails.getTrail(ctx("GetTrail"), new GetTrailRequest("nope")));
        assertEquals("TrailNotFoundException", missing.code());
        assertEquals("Unknown trail: arn:aws:cloudtrail:eu-west-1:" + ACCOUNT + ":trail/nope for the user: " + ACCOUNT, missing.getMessage());
        assertEquals("CloudTrailARNInvalidException", assertThrows(AwsException.class,
                () -> trails.deleteTrail(ctx("DeleteTrail"), new DeleteTrailRequest("arn:aws:sqs:eu-west-1:" + ACCOUNT + ":q"))).code());
        for (int i = 1; i < CloudTrailService.MAX_TRAILS; i++) {
            trails.createTrail(ctx("CreateTrail"), create("audit" + i));
        }
        assertEquals("MaximumNumberOfTrailsExceededException",
                assertThrows(AwsException.class, () -> trails.createTrail(ctx("CreateTrail"), create("one-too-many"))).code());
    }

    @Test
    void aMultiRegionTrailIsSeenElsewhereButChangedOnlyAtHome() {
        trails.createTrail(ctx("CreateTrail"), new CreateTrailRequest("org", "trail-bucket", null, null, null, true, null, null, null, null, null, null));
        RequestContext elsewhere = new RequestContext("r", "cloudtrail", "StartLogging", "us-east-1", ACCOUNT, "test", "localhost", ROOT);
        assertEquals("eu-west-1", trails.getTrail(elsewhere, new GetTrailRequest("org")).trail().homeRegion());
        assertEquals("InvalidHomeRegionException", assertThrows(AwsException.class,
                () -> trails.startLogging(elsewhere, new StartLoggingRequest("org"))).code());
        assertEquals(0, trails.describeTrails(elsewhere, new DescribeTrailsRequest(null, false)).trailList().size(), "no shadow trails asked");
    }

    @Test
    void eventSelectorsAndTagsAreKept() {
        var arn = trails.createTrail(ctx("CreateTrail"), create("audit")).trailARN();
        var defaults = trails.getEventSelectors(ctx("GetEventSelectors"), new GetEventSelectorsRequest("audit")).eventSelectors();
        assertEquals(List.of(new EventSelector("All", true, List.of(), List.of())), defaults);
        trails.putEventSelectors(ctx("PutEventSelectors"), new PutEventSelectorsRequest("audit",
                List.of(new EventSelector("WriteOnly", true, List.of(), List.of("kms.amazonaws.com"))), null));
        assertEquals("WriteOnly", trails.getEventSelectors(ctx("GetEventSelectors"), new GetEventSelectorsRequest(arn)).eventSelectors().getFirst()
                .readWriteType());
        assertTrue(trails.getTrail(ctx("GetTrail"), new GetTrailRequest("audit")).trail().hasCustomEventSelectors());
        assertEquals("InvalidEventSelectorsException", assertThrows(AwsException.class,
                () -> trails.putEventSelectors(ctx("PutEventSelectors"), new PutEventSelectorsRequest("audit", null, null))).code());

        trails.addTags(ctx("AddTags"), new AddTagsRequest(arn, List.of(new Tag("team", "sec"))));
        assertEquals(List.of(new Tag("team", "sec")), trails.listTags(ctx("ListTags"), new ListTagsRequest(List.of(arn), null))
                .resourceTagList().getFirst().tagsList());
        assertEquals("ResourceNotFoundException", assertThrows(AwsException.class, () -> trails.addTags(ctx("AddTags"),
                new AddTagsRequest("arn:aws:cloudtrail:eu-west-1:" + ACCOUNT + ":trail/gone", List.of(new Tag("a", "b"))))).code());
    }

    @Test
    void aMutatingCallBecomesAnApiCallEventAsCloudTrailWritesIt() {
        call(ctx("iam", "CreateUser", ALICE, "AKIAALICE"), "{\"UserName\":\"bob\"}",
                "{\"User\":{\"Path\":\"/\",\"UserName\":\"bob\",\"UserId\":\"AIDABOB\",\"Arn\":\"arn:aws:iam::" + ACCOUNT + ":user/bob\",\"CreateDate\":1765009800}}",
                null);
        assertEquals(1, bus.size());
        ServiceEvents.Event e = bus.getFirst();
        assertEquals("aws.iam", e.source());
        assertEquals("AWS API Call via CloudTrail", e.detailType());
        assertEquals("us-east-1", e.region(), "IAM's events are in us-east-1");
        JsonNode d = e.detail();
        assertEquals("1.09", d.get("eventVersion").asText());
        assertEquals(Json.parse("{\"type\":\"IAMUser\",\"principalId\":\"AIDAALICE\",\"arn\":\"" + ALICE.id() + "\",\"accountId\":\"" + ACCOUNT
                + "\",\"accessKeyId\":\"AKIAALICE\",\"userName\":\"alice\"}"), d.get("userIdentity"));
        assertEquals("2026-12-06T08:30:00Z", d.get("eventTime").asText());
        assertEquals("iam.amazonaws.com", d.get("eventSource").asText());
        assertEquals("CreateUser", d.get("eventName").asText());
        assertEquals("198.51.100.7", d.get("sourceIPAddress").asText());
        assertEquals("aws-cli/2.9.19", d.get("userAgent").asText());
        assertEquals("bob", d.at("/requestParameters/userName").asText());
        assertEquals("AIDABOB", d.at("/responseElements/user/userId").asText());
        assertEquals("req-CreateUser", d.get("requestID").asText());
        assertFalse(d.get("readOnly").asBoolean());
        assertEquals("AwsApiCall", d.get("eventType").asText());
        assertTrue(d.get("managementEvent").asBoolean());
        assertEquals("Management", d.get("eventCategory").asText());
        assertEquals(ACCOUNT, d.get("recipientAccountId").asText());

        assertEquals(0, lookup("EventName", "CreateUser").events().size(), "IAM's events are looked up in us-east-1");
        Event found = lookupIn("us-east-1", "EventName", "CreateUser").events().getFirst();
        assertEquals(d.get("eventID").asText(), found.eventId());
        assertEquals("alice", found.username());
        assertEquals("false", found.readOnly());
        assertEquals(d, Json.parse(found.cloudTrailEvent()));
        assertEquals("AWS::IAM::User", found.resources().getFirst().resourceType());
    }

    @Test
    void sessionsRootServicesAndErrorsAreRecordedAsAwsShowsThem() {
        call(ctx("sqs", "CreateQueue", SESSION, "ASIACI"), "{\"QueueName\":\"q\"}", "{\"QueueUrl\":\"http://localhost/111122223333/q\"}", null);
        JsonNode s = bus.getLast().detail().get("userIdentity");
        assertEquals("AssumedRole", s.get("type").asText());
        assertEquals("AROADEPLOYER:ci", s.get("principalId").asText());
        assertEquals("AROADEPLOYER", s.at("/sessionContext/sessionIssuer/principalId").asText());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":role/ops/deployer", s.at("/sessionContext/sessionIssuer/arn").asText());
        assertEquals("deployer", s.at("/sessionContext/sessionIssuer/userName").asText());
        assertEquals("2026-12-06T08:00:00Z", s.at("/sessionContext/attributes/creationDate").asText());
        assertEquals("ci", lookup("Username", "ci").events().getFirst().username());

        call(ctx("iam", "DeleteUser", ROOT, "test"), "{\"UserName\":\"ghost\"}", null,
                new AwsException("NoSuchEntityException", "The user with name ghost cannot be found."));
        JsonNode failed = bus.getLast().detail();
        assertEquals("Root", failed.at("/userIdentity/type").asText());
        assertEquals(ACCOUNT, failed.at("/userIdentity/principalId").asText());
        assertEquals("NoSuchEntityException", failed.get("errorCode").asText());
        assertEquals("The user with name ghost cannot be found.", failed.get("errorMessage").asText());
        assertTrue(failed.get("responseElements").isNull());
        assertEquals("root", lookupIn("us-east-1", "EventName", "DeleteUser").events().getFirst().username());

        call(new RequestContext("r", "sqs", "CreateQueue", "eu-west-1", ACCOUNT, null, null, Principal.service("events.amazonaws.com")),
                "{\"QueueName\":\"q2\"}", "{}", null);
        JsonNode service = bus.getLast().detail();
        assertEquals("AWSService", service.at("/userIdentity/type").asText());
        assertEquals("events.amazonaws.com", service.at("/userIdentity/invokedBy").asText());
        assertEquals("events.amazonaws.com", service.get("sourceIPAddress").asText());
    }

    @Test
    void dataEventsAreNotRecordedAndReadOnlyOnesHaveNoResponse() {
        call(ctx("sqs", "SendMessage", ROOT, "test"), "{\"QueueUrl\":\"u\",\"MessageBody\":\"b\"}", "{\"MessageId\":\"m\"}", null);
        call(ctx("lambda", "Invoke", ROOT, "test"), "{\"FunctionName\":\"f\"}", "{}", null);
        assertEquals(0, bus.size());
        assertEquals(0, lookup(null, null).events().size());

        call(ctx("ssm", "GetParameter", ROOT, "test"), "{\"Name\":\"/a\"}", "{\"Parameter\":{\"Name\":\"/a\",\"Value\":\"v\"}}", null);
        JsonNode d = bus.getLast().detail();
        assertTrue(d.get("readOnly").asBoolean());
        assertTrue(d.get("responseElements").isNull(), "read-only calls' answers are not recorded");
        assertEquals("true", lookup("ReadOnly", "true").events().getFirst().readOnly());
        assertEquals(0, lookup("ReadOnly", "false").events().size());
        assertEquals("InvalidLookupAttributesException", assertThrows(AwsException.class, () -> lookup("ReadOnly", "yes")).code());

        call(ctx("sts", "AssumeRole", ALICE, "AKIAALICE"), "{\"RoleArn\":\"arn:aws:iam::111122223333:role/r\",\"RoleSessionName\":\"s\"}",
                "{\"AssumedRoleUser\":{\"AssumedRoleId\":\"AROAR:s\",\"Arn\":\"arn:aws:sts::111122223333:assumed-role/r/s\"}}", null);
        JsonNode assumed = bus.getLast().detail();
        assertTrue(assumed.get("readOnly").asBoolean(), "AssumeRole is read-only");
        assertEquals("AROAR:s", assumed.at("/responseElements/assumedRoleUser/assumedRoleId").asText(), "and yet records its session");
    }

    @Test
    void aFieldLargerThanCloudTrailKeepsIsOmittedAndItsResourcesStillListed() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"InstanceId\":\"i-").append(String.format("%017x", i))
                    .append("\",\"PrivateDnsName\":\"ip-10-0-0-1.ec2.internal\",\"InstanceType\":\"t3.micro\",\"ImageId\":\"ami-0123456789abcdef0\"}");
        }
        call(ctx("ec2", "RunInstances", ROOT, "test"), "{\"ImageId\":\"ami-0123456789abcdef0\",\"MinCount\":1,\"MaxCount\":1000}",
                "{\"ReservationId\":\"r-1\",\"Instances\":[" + items + "]}", null);
        JsonNode d = bus.getLast().detail();
        assertEquals("{\"omitted\":true}", d.get("responseElements").toString());
        assertEquals(1000, d.at("/requestParameters/instancesSet/items/0/maxCount").asInt(), "a small field is kept whole");
        Event found = lookup("EventName", "RunInstances").events().getFirst();
        assertTrue(found.cloudTrailEvent().length() < 2 * Recorder.MAX_FIELD_BYTES, "" + found.cloudTrailEvent().length());
        assertEquals(1000, found.resources().size(), "the instances launched are still the event's resources");
    }

    @Test
    void lambdasEventNamesCarryTheApiVersion() {
        call(ctx("lambda", "CreateFunction", ROOT, "test"), "{\"FunctionName\":\"f\"}", "{\"FunctionName\":\"f\"}", null);
        call(ctx("lambda", "UpdateFunctionCode", ROOT, "test"), "{\"FunctionName\":\"f\"}", "{\"FunctionName\":\"f\"}", null);
        assertEquals("CreateFunction20150331", bus.get(0).detail().get("eventName").asText());
        assertEquals("UpdateFunctionCode20150331v2", bus.get(1).detail().get("eventName").asText());
    }

    @Test
    void lookupPagesNewestFirstWithinTheTimeRangeAndForgetsAfterNinetyDays() {
        for (int i = 0; i < 5; i++) {
            call(ctx("sqs", "CreateQueue", ROOT, "test"), "{\"QueueName\":\"q" + i + "\"}", "{}", null);
            clock.advance(1000);
        }
        LookupEventsRequest two = new LookupEventsRequest(null, null, null, null, 2, null);
        LookupEventsResponse first = trails.lookupEvents(ctx("LookupEvents"), two);
        assertEquals(2, first.events().size());
        assertEquals("q4", Json.parse(first.events().get(0).cloudTrailEvent()).at("/requestParameters/queueName").asText());
        assertNotNull(first.nextToken());
        LookupEventsResponse second = trails.lookupEvents(ctx("LookupEvents"), new LookupEventsRequest(null, null, null, null, 2, first.nextToken()));
        assertEquals("q2", Json.parse(second.events().get(0).cloudTrailEvent()).at("/requestParameters/queueName").asText());
        assertEquals("InvalidNextTokenException", assertThrows(AwsException.class, () -> trails.lookupEvents(ctx("LookupEvents"),
                new LookupEventsRequest(null, null, null, null, 2, "forged"))).code());

        Instant start = Instant.parse("2026-12-06T08:30:01Z");
        Instant end = Instant.parse("2026-12-06T08:30:02Z");
        assertEquals(2, trails.lookupEvents(ctx("LookupEvents"), new LookupEventsRequest(null, start, end, null, null, null)).events().size());
        assertEquals("InvalidTimeRangeException", assertThrows(AwsException.class, () -> trails.lookupEvents(ctx("LookupEvents"),
                new LookupEventsRequest(null, end, start, null, null, null))).code());
        assertEquals("InvalidLookupAttributesException", assertThrows(AwsException.class, () -> trails.lookupEvents(ctx("LookupEvents"),
                new LookupEventsRequest(List.of(new LookupAttribute("EventName", "a"), new LookupAttribute("Username", "b")), null, null, null, null,
                        null))).code());

        clock.advance(EventHistory.KEPT.toMillis());
        assertEquals(0, lookup(null, null).events().size(), "past 90 days an event is no longer looked up");
        assertEquals(5, (int) store.write(tx -> repo.expire(tx, clock.millis() - EventHistory.KEPT.toMillis())), "and the daily expiry deletes it");
        assertNull(lookup(null, null).nextToken());
    }
}
