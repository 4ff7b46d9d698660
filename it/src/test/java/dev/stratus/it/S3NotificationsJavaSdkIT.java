package dev.stratus.it;

import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.testkit.StratusExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.NotificationConfiguration;
import software.amazon.awssdk.services.s3.model.NotificationConfigurationFilter;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * S3's event notifications through the AWS SDK for Java v2: configurations saved and read back,
 * checked as S3 checks them (destination policies, overlapping filters), AWS's event record
 * delivered to SQS, through SNS to SQS and to a Lambda function, and "Object Created" / "Object
 * Deleted" on EventBridge's default bus.
 */
class S3NotificationsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static S3Client s3;
    static SqsClient sqs;
    static SnsClient sns;
    static LambdaClient lambda;
    static EventBridgeClient events;
    static CloudWatchLogsClient logs;
    static TestQueues queues;

    @BeforeAll
    static void clients() {
        s3 = Clients.s3(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        sns = Clients.sns(STRATUS.endpoint());
        lambda = Clients.lambda(STRATUS.endpoint());
        events = Clients.events(STRATUS.endpoint());
        logs = Clients.logs(STRATUS.endpoint());
        queues = new TestQueues(sqs);
    }

    @AfterAll
    static void close() {
        s3.close();
        sqs.close();
        sns.close();
        lambda.close();
        events.close();
        logs.close();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String bucket() {
        String name = unique("notify");
        s3.createBucket(b -> b.bucket(name));
        return name;
    }

    /** A queue whose policy lets S3 send to it from {@code bucket}, as AWS's guide writes it. */
    static TestQueues.Queue queueFor(String bucket) {
        TestQueues.Queue q = queues.create("s3-events", Map.of());
        queues.allow(q, "s3.amazonaws.com", "arn:aws:s3:::" + bucket);
        return q;
    }

    /** The next message on the queue, within a few seconds. */
    static JsonNode next(TestQueues.Queue q) {
        for (int i = 0; i < 10; i++) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(q.url()).waitTimeSeconds(1)).messages();
            if (!got.isEmpty()) {
                sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(got.get(0).receiptHandle()));
                return json(got.get(0).body());
            }
        }
        throw new AssertionError("no message on " + q.url());
    }

    static void assertEmpty(TestQueues.Queue q) {
        assertFalse(sqs.receiveMessage(b -> b.queueUrl(q.url()).waitTimeSeconds(1)).hasMessages());
    }

    static QueueConfiguration toQueue(String id, TestQueues.Queue q, String prefix, String suffix, Event... events) {
        List<FilterRule> rules = new ArrayList<>();
        if (prefix != null) {
            rules.add(FilterRule.builder().name(FilterRuleName.PREFIX).value(prefix).build());
        }
        if (suffix != null) {
            rules.add(FilterRule.builder().name(FilterRuleName.SUFFIX).value(suffix).build());
        }
        return QueueConfiguration.builder().id(id).queueArn(q.arn()).events(events)
                .filter(rules.isEmpty() ? null : NotificationConfigurationFilter.builder().key(k -> k.filterRules(rules)).build()).build();
    }

    static void configure(String bucket, NotificationConfiguration c) {
        s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(c));
    }

    @Test
    void aQueueGetsTheTestEventThenAwsRecordForEachPutAndDelete() {
        String bucket = bucket();
        TestQueues.Queue q = queueFor(bucket);
        configure(bucket, NotificationConfiguration.builder().queueConfigurations(toQueue(null, q, null, null, Event.S3_OBJECT_CREATED,
                Event.S3_OBJECT_REMOVED)).build());

        JsonNode test = next(q);
        assertEquals("Amazon S3", test.path("Service").asText());
        assertEquals("s3:TestEvent", test.path("Event").asText());
        assertEquals(bucket, test.path("Bucket").asText());
        assertNotNull(test.get("Time"));

        String etag = s3.putObject(b -> b.bucket(bucket).key("photos/red flower.jpg"), RequestBody.fromString("petals")).eTag();
        JsonNode r = next(q).path("Records").get(0);
        assertEquals("2.1", r.path("eventVersion").asText());
        assertEquals("aws:s3", r.path("eventSource").asText());
        assertEquals("us-east-1", r.path("awsRegion").asText());
        assertEquals("ObjectCreated:Put", r.path("eventName").asText());
        assertTrue(r.path("eventTime").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), r.toString());
        assertEquals("000000000000", r.path("userIdentity").path("principalId").asText());
        assertFalse(r.path("requestParameters").path("sourceIPAddress").asText().isEmpty());
        assertFalse(r.path("responseElements").path("x-amz-request-id").asText().isEmpty());
        assertFalse(r.path("responseElements").path("x-amz-id-2").asText().isEmpty());
        JsonNode s3r = r.path("s3");
        assertEquals("1.0", s3r.path("s3SchemaVersion").asText());
        String configurationId = s3.getBucketNotificationConfiguration(b -> b.bucket(bucket)).queueConfigurations().get(0).id();
        assertEquals(configurationId, s3r.path("configurationId").asText(), "S3 names the configuration it made an Id for");
        assertEquals(bucket, s3r.path("bucket").path("name").asText());
        assertEquals("arn:aws:s3:::" + bucket, s3r.path("bucket").path("arn").asText());
        assertFalse(s3r.path("bucket").path("ownerIdentity").path("principalId").asText().isEmpty());
        assertEquals("photos/red+flower.jpg", s3r.path("object").path("key").asText(), "the key is URL-encoded as S3 writes it");
        assertEquals(6, s3r.path("object").path("size").asLong());
        assertEquals(etag.replace("\"", ""), s3r.path("object").path("eTag").asText());
        assertFalse(s3r.path("object").has("versionId"), "an unversioned bucket's objects have no version id");
        String putSequencer = s3r.path("object").path("sequencer").asText();

        s3.deleteObject(b -> b.bucket(bucket).key("photos/red flower.jpg"));
        JsonNode d = next(q).path("Records").get(0);
        assertEquals("ObjectRemoved:Delete", d.path("eventName").asText());
        assertFalse(d.path("s3").path("object").has("size"));
        assertFalse(d.path("s3").path("object").has("eTag"));
        assertTrue(d.path("s3").path("object").path("sequencer").asText().compareTo(putSequencer) > 0, "a later change has a greater sequencer");
    }

    @Test
    void prefixAndSuffixFiltersChooseTheConfiguration() {
        String bucket = bucket();
        TestQueues.Queue images = queueFor(bucket);
        TestQueues.Queue logsQueue = queueFor(bucket);
        configure(bucket, NotificationConfiguration.builder().queueConfigurations(
                toQueue("images", images, "images/", ".png", Event.S3_OBJECT_CREATED_PUT),
                toQueue("logs", logsQueue, "logs/", null, Event.S3_OBJECT_CREATED)).build());
        next(images);
        next(logsQueue);

        s3.putObject(b -> b.bucket(bucket).key("images/a.jpg"), RequestBody.fromString("x"));
        s3.putObject(b -> b.bucket(bucket).key("other/b.png"), RequestBody.fromString("x"));
        s3.putObject(b -> b.bucket(bucket).key("images/c.png"), RequestBody.fromString("x"));
        s3.putObject(b -> b.bucket(bucket).key("logs/d.txt"), RequestBody.fromString("x"));
        JsonNode image = next(images).path("Records").get(0).path("s3");
        assertEquals("images", image.path("configurationId").asText());
        assertEquals("images/c.png", image.path("object").path("key").asText());
        assertEquals("logs/d.txt", next(logsQueue).path("Records").get(0).path("s3").path("object").path("key").asText());
        assertEmpty(images);
        assertEmpty(logsQueue);

        var saved = s3.getBucketNotificationConfiguration(b -> b.bucket(bucket));
        assertEquals(2, saved.queueConfigurations().size());
        QueueConfiguration first = saved.queueConfigurations().get(0);
        assertEquals("images", first.id());
        assertEquals(List.of(Event.S3_OBJECT_CREATED_PUT), first.events());
        assertEquals(List.of("Prefix:images/", "Suffix:.png"),
                first.filter().key().filterRules().stream().map(f -> f.nameAsString() + ":" + f.value()).toList());
    }

    @Test
    void aTopicPublishesTheRecordToItsSubscribers() {
        String bucket = bucket();
        String topicArn = sns.createTopic(b -> b.name(unique("s3-topic"))).topicArn();
        sns.setTopicAttributes(b -> b.topicArn(topicArn).attributeName("Policy").attributeValue("{\"Version\":\"2012-10-17\",\"Statement\":[{"
                + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"s3.amazonaws.com\"},\"Action\":\"SNS:Publish\",\"Resource\":\"" + topicArn
                + "\",\"Condition\":{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::" + bucket + "\"},\"StringEquals\":{\"aws:SourceAccount\":"
                + "\"000000000000\"}}}]}"));
        TestQueues.Queue q = queues.createFor("sns.amazonaws.com", "from-topic", Map.of());
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(q.arn()));
        configure(bucket, NotificationConfiguration.builder().topicConfigurations(t -> t.topicArn(topicArn).events(Event.S3_OBJECT_CREATED)).build());

        JsonNode test = next(q);
        assertEquals("Amazon S3 Notification", test.path("Subject").asText());
        assertEquals("s3:TestEvent", json(test.path("Message").asText()).path("Event").asText());
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("x"));
        JsonNode n = next(q);
        assertEquals("Amazon S3 Notification", n.path("Subject").asText());
        assertEquals("ObjectCreated:Put", json(n.path("Message").asText()).path("Records").get(0).path("eventName").asText());
    }

    @Test
    void aFunctionIsInvokedWithTheRecordsAndGetsNoTestEvent() throws Exception {
        String bucket = bucket();
        String function = unique("s3-echo");
        lambda.createFunction(b -> b.functionName(function).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12)
                .handler("app.handler").role(TestRoles.lambda(STRATUS.endpoint()))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python")))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(function));
        String functionArn = lambda.getFunction(b -> b.functionName(function)).configuration().functionArn();
        var config = NotificationConfiguration.builder().lambdaFunctionConfigurations(l -> l.id("thumbs").lambdaFunctionArn(functionArn)
                .events(Event.S3_OBJECT_CREATED)).build();
        S3Exception refused = assertThrows(S3Exception.class, () -> configure(bucket, config), "the function's policy does not let S3 invoke it yet");
        assertEquals("InvalidArgument", refused.awsErrorDetails().errorCode());
        assertEquals("Unable to validate the following destination configurations", refused.awsErrorDetails().errorMessage());

        lambda.addPermission(b -> b.functionName(function).statementId("s3").action("lambda:InvokeFunction").principal("s3.amazonaws.com")
                .sourceArn("arn:aws:s3:::" + bucket).sourceAccount("000000000000"));
        configure(bucket, config);
        s3.putObject(b -> b.bucket(bucket).key("in/photo.jpg"), RequestBody.fromString("jpeg"));
        String line = logLine(function, "S3 ");
        JsonNode r = json(line.substring(3)).path("Records").get(0);
        assertEquals("ObjectCreated:Put", r.path("eventName").asText());
        assertEquals("thumbs", r.path("s3").path("configurationId").asText());
        assertEquals("in/photo.jpg", r.path("s3").path("object").path("key").asText());
    }

    static String logLine(String function, String prefix) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try {
                for (FilteredLogEvent e : logs.filterLogEvents(b -> b.logGroupName("/aws/lambda/" + function)).events()) {
                    if (e.message().startsWith(prefix)) {
                        return e.message();
                    }
                }
            } catch (software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException notYet) {
                // The log group appears with the first lines.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line starting " + prefix + " in /aws/lambda/" + function);
    }

    @Test
    void eventBridgeGetsObjectCreatedAndObjectDeletedOnTheDefaultBus() {
        String bucket = bucket();
        TestQueues.Queue q = queues.createFor("events.amazonaws.com", "s3-bus", Map.of());
        String rule = unique("s3-objects");
        events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"aws.s3\"],\"detail\":{\"bucket\":{\"name\":[\"" + bucket + "\"]}}}"));
        events.putTargets(b -> b.rule(rule).targets(t -> t.id("q").arn(q.arn())));
        configure(bucket, NotificationConfiguration.builder().eventBridgeConfiguration(e -> { }).build());
        assertNotNull(s3.getBucketNotificationConfiguration(b -> b.bucket(bucket)).eventBridgeConfiguration());

        s3.putObject(b -> b.bucket(bucket).key("a b.txt"), RequestBody.fromString("hello"));
        JsonNode created = next(q);
        assertEquals("aws.s3", created.path("source").asText());
        assertEquals("Object Created", created.path("detail-type").asText());
        assertEquals("arn:aws:s3:::" + bucket, created.path("resources").get(0).asText());
        JsonNode d = created.path("detail");
        assertEquals("0", d.path("version").asText());
        assertEquals(bucket, d.path("bucket").path("name").asText());
        assertEquals("a b.txt", d.path("object").path("key").asText());
        assertEquals(5, d.path("object").path("size").asLong());
        assertEquals(32, d.path("object").path("etag").asText().length());
        assertFalse(d.path("object").path("sequencer").asText().isEmpty());
        assertEquals("000000000000", d.path("requester").asText());
        assertEquals("PutObject", d.path("reason").asText());
        assertFalse(d.path("request-id").asText().isEmpty());
        assertFalse(d.path("source-ip-address").asText().isEmpty());

        s3.deleteObject(b -> b.bucket(bucket).key("a b.txt"));
        JsonNode deleted = next(q);
        assertEquals("Object Deleted", deleted.path("detail-type").asText());
        assertEquals("DeleteObject", deleted.path("detail").path("reason").asText());
        assertEquals("Permanently Deleted", deleted.path("detail").path("deletion-type").asText());
    }

    @Test
    void destinationsThatDoNotLetS3DeliverAreRefusedAndNothingIsSaved() {
        String bucket = bucket();
        TestQueues.Queue open = queueFor(bucket);
        TestQueues.Queue closed = queues.create("closed", Map.of());
        String missing = closed.arn() + "-gone";
        var config = NotificationConfiguration.builder().queueConfigurations(
                toQueue("ok", open, "a/", null, Event.S3_OBJECT_CREATED),
                toQueue("closed", closed, "b/", null, Event.S3_OBJECT_CREATED),
                toQueue("missing", new TestQueues.Queue(null, missing), "c/", null, Event.S3_OBJECT_CREATED)).build();
        S3Exception e = assertThrows(S3Exception.class, () -> configure(bucket, config));
        assertEquals(400, e.statusCode());
        assertEquals("InvalidArgument", e.awsErrorDetails().errorCode());
        assertEquals("Unable to validate the following destination configurations", e.awsErrorDetails().errorMessage());
        // The Java SDK keeps none of the error's other members; test_s3_notifications.py reads ArgumentName1/ArgumentValue1… through boto3.
        assertTrue(s3.getBucketNotificationConfiguration(b -> b.bucket(bucket)).queueConfigurations().isEmpty(), "nothing was saved");
        assertEmpty(open);

        // SkipDestinationValidation saves without asking the destination, as S3 does.
        s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).skipDestinationValidation(true)
                .notificationConfiguration(n -> n.queueConfigurations(toQueue("closed", closed, null, null, Event.S3_OBJECT_CREATED))));
    }

    @Test
    void badConfigurationsAreRefusedAsS3RefusesThem() {
        String bucket = bucket();
        TestQueues.Queue q = queueFor(bucket);
        Map<String, NotificationConfiguration> bad = Map.of(
                "overlapping prefixes for one event", NotificationConfiguration.builder().queueConfigurations(
                        toQueue("one", q, "images/", null, Event.S3_OBJECT_CREATED),
                        toQueue("two", q, "images/thumbs/", null, Event.S3_OBJECT_CREATED_PUT)).build(),
                "an event S3 does not know", NotificationConfiguration.builder().queueConfigurations(
                        q2 -> q2.queueArn(q.arn()).eventsWithStrings("s3:ObjectCreated:Paste")).build(),
                "a queue ARN that is not one", NotificationConfiguration.builder().queueConfigurations(
                        q2 -> q2.queueArn("arn:aws:sns:us-east-1:000000000000:t").events(Event.S3_OBJECT_CREATED)).build(),
                "two prefix rules", NotificationConfiguration.builder().queueConfigurations(q2 -> q2.queueArn(q.arn()).events(Event.S3_OBJECT_CREATED)
                        .filter(f -> f.key(k -> k.filterRules(FilterRule.builder().name("prefix").value("a").build(),
                                FilterRule.builder().name("prefix").value("b").build())))).build(),
                "a filter rule neither prefix nor suffix", NotificationConfiguration.builder().queueConfigurations(q2 -> q2.queueArn(q.arn())
                        .events(Event.S3_OBJECT_CREATED).filter(f -> f.key(k -> k.filterRules(FilterRule.builder().name("middle").value("a").build()))))
                        .build(),
                "two configurations with one Id", NotificationConfiguration.builder().queueConfigurations(
                        toQueue("same", q, "a/", null, Event.S3_OBJECT_CREATED), toQueue("same", q, "b/", null, Event.S3_OBJECT_CREATED)).build());
        bad.forEach((why, config) -> {
            S3Exception e = assertThrows(S3Exception.class, () -> configure(bucket, config), why);
            assertEquals("InvalidArgument", e.awsErrorDetails().errorCode(), why);
            assertEquals(400, e.statusCode(), why);
        });
        // Different events may share a prefix; so may disjoint suffixes.
        configure(bucket, NotificationConfiguration.builder().queueConfigurations(
                toQueue("created", q, "images/", null, Event.S3_OBJECT_CREATED),
                toQueue("removed", q, "images/", null, Event.S3_OBJECT_REMOVED),
                toQueue("png", q, "docs/", ".png", Event.S3_OBJECT_CREATED),
                toQueue("jpg", q, "docs/", ".jpg", Event.S3_OBJECT_CREATED)).build());

        assertEquals("NoSuchBucket", assertThrows(S3Exception.class, () -> configure("no-such-" + bucket, NotificationConfiguration.builder().build()))
                .awsErrorDetails().errorCode());
        assertEquals("NoSuchBucket", assertThrows(S3Exception.class, () -> s3.getBucketNotificationConfiguration(b -> b.bucket("no-such-" + bucket)))
                .awsErrorDetails().errorCode());
        // An empty configuration turns notifications off.
        configure(bucket, NotificationConfiguration.builder().build());
        var none = s3.getBucketNotificationConfiguration(b -> b.bucket(bucket));
        assertTrue(none.queueConfigurations().isEmpty() && none.topicConfigurations().isEmpty() && none.lambdaFunctionConfigurations().isEmpty());
    }
}
