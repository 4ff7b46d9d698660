package dev.stratus.it;

import static dev.stratus.it.TestJson.fieldNames;
import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.it.TestQueues.Queue;
import dev.stratus.testkit.StratusExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InputTransformer;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.eventbridge.model.RemoveTargetsResponse;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.SqsParameters;
import software.amazon.awssdk.services.eventbridge.model.Tag;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * EventBridge through the AWS SDK for Java v2: rules with event patterns delivering PutEvents
 * entries to SQS queues and Lambda functions in AWS's envelope, Input / InputPath /
 * InputTransformer, custom buses, rule states, FIFO targets, listings, tags and AWS's answers to
 * bad input. Schedules are out of scope here.
 *
 * <p>Where the expected answers come from (each assertion of a message cites one of these):
 * <ul>
 * <li>[LS-events] LocalStack's AWS-recorded snapshots, tests/aws/services/events/test_events.snapshot.json
 *     (github.com/localstack/localstack, recorded against AWS 2024-12-06);</li>
 * <li>[LS-patterns] tests/aws/services/events/test_events_patterns.snapshot.json (recorded 2024-11/12);</li>
 * <li>[LS-inputs] tests/aws/services/events/test_events_inputs.snapshot.json (recorded 2024-05/06);</li>
 * <li>[Docs-transform] EventBridge User Guide, "Transforming target input" (eb-transform-target-input),
 *     table of templates and outputs, and API reference InputTransformer;</li>
 * <li>[Docs-filtering] EventBridge User Guide, "Content filtering in event patterns";</li>
 * <li>[Docs-API] EventBridge API reference (DeleteRule, PutTargets) as shipped in botocore 1.43's model;</li>
 * <li>[Issue-bus] aws/aws-cli#9186 (2025-01), aws/aws-sdk#186, localstack#8264: PutEvents to a bus that does
 *     not exist answers an EventId and FailedEntryCount 0, and the event is dropped;</li>
 * <li>[Issue-source] aws-samples/serverless-patterns#3089 (2026-06) and prowler-cloud/prowler#12471:
 *     PutEvents refuses sources starting with "aws." per entry with NotAuthorizedForSourceException;</li>
 * <li>[Issue-fifo] awslabs/aws-ddk#183: "Parameter(s) SqsParameters must be specified for target: Target0.
 *     (Service: AmazonCloudWatchEvents; Status Code: 400; ...)" — a refused request, not a failed entry;</li>
 * <li>[Issue-rule] TerraConstructs/base#88 (2026-01), turbot/steampipe-plugin-aws#1591: "Rule X does not exist
 *     on EventBus default." from PutTargets and DescribeRule.</li>
 * <li>[LS-permission] [LS-events]'s TestEventBus::test_put_permission, test_remove_permission,
 *     test_remove_permission_non_existing_sid and test_put_permission_non_existing_event_bus (custom and default bus): each
 *     statement as Sid, Effect Allow, Principal {"AWS": "arn:aws:iam::ACCOUNT:root"} or "*", Action, Resource the bus ARN;
 *     "*" needs no Condition; a Policy document replaces every statement; after RemoveAllPermissions DescribeEventBus has no Policy;
 *     the comment of that AWS-validated test says RemoveAllPermissions on a bus without a policy is an error;</li>
 * <li>[TF-permission] hashicorp/terraform-provider-aws, internal/service/events/permission.go and permission_test.go (acceptance
 *     tests against AWS): PutPermission with an existing StatementId updates that statement (principal 111111111111, then "*"),
 *     and a Condition reads back as {"StringEquals": {"aws:PrincipalOrgID": "o-..."}} (also CloudFormation's EventBusPolicy
 *     Condition example);</li>
 * <li>[Docs-permission] EventBridge API reference, PutPermission: Action events:PutEvents only, the policy at most 10 KB
 *     (PolicyLengthExceededException); the model's patterns for StatementId and Principal;</li>
 * <li>[moto] getmoto/moto, moto/events/models.py: the texts "Provided value in parameter 'action' is not supported.",
 *     "This policy contains invalid Json" and "EventBus does not have a policy." — no AWS recording of them was found.</li>
 * </ul>
 */
class EventsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-1";
    static final List<String> ENVELOPE_KEYS = List.of("version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail");
    static EventBridgeClient events;
    static SqsClient sqs;
    static LambdaClient lambda;
    static CloudWatchLogsClient logs;

    @BeforeAll
    static void clients() {
        events = Clients.events(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        lambda = Clients.lambda(STRATUS.endpoint());
        logs = Clients.logs(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        events.close();
        sqs.close();
        lambda.close();
        logs.close();
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Queue queue(String prefix, Map<QueueAttributeName, String> attributes) {
        return new TestQueues(sqs).createFor("events.amazonaws.com", prefix, attributes);
    }

    static Queue queue(String prefix) {
        return queue(prefix, Map.of());
    }

    /** The messages that reach the queue: waits for {@code expected}, then one more second for any that should not have come. */
    static List<Message> receive(Queue q, int expected) throws InterruptedException {
        List<Message> got = new ArrayList<>();
        long until = System.currentTimeMillis() + 30_000;
        while (got.size() < expected && System.currentTimeMillis() < until) {
            got.addAll(take(q));
        }
        got.addAll(take(q));
        return got;
    }

    private static List<Message> take(Queue q) {
        List<Message> ms = sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10).waitTimeSeconds(1)
                .messageSystemAttributeNames(MessageSystemAttributeName.MESSAGE_GROUP_ID)).messages();
        for (Message m : ms) {
            sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(m.receiptHandle()));
        }
        return ms;
    }

    static List<String> bodies(Queue q, int expected) throws InterruptedException {
        return receive(q, expected).stream().map(Message::body).toList();
    }

    static PutEventsRequestEntry entry(String source, String detailType, String detail) {
        return PutEventsRequestEntry.builder().source(source).detailType(detailType).detail(detail).build();
    }

    static PutEventsResponse put(PutEventsRequestEntry... entries) {
        return events.putEvents(b -> b.entries(entries));
    }

    /** Puts entries that must all be accepted; their EventIds in order. */
    static List<String> accepted(PutEventsRequestEntry... entries) {
        PutEventsResponse r = put(entries);
        assertEquals(0, r.failedEntryCount(), r.toString());
        assertEquals(entries.length, r.entries().size());
        return r.entries().stream().map(PutEventsResultEntry::eventId).toList();
    }

    static String rule(String name, String pattern) {
        return events.putRule(b -> b.name(name).eventPattern(pattern)).ruleArn();
    }

    static void targets(String rule, Target... targets) {
        var r = events.putTargets(b -> b.rule(rule).targets(targets));
        assertEquals(0, r.failedEntryCount(), r.toString());
    }

    static Target sqsTarget(String id, Queue q, Consumer<Target.Builder> more) {
        Target.Builder b = Target.builder().id(id).arn(q.arn());
        more.accept(b);
        return b.build();
    }

    /** "status code, error code: message" of a refused call. */
    static String error(Runnable call) {
        EventBridgeException e = assertThrows(EventBridgeException.class, call::run);
        return e.statusCode() + " " + e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
    }

    static void assertEnvelope(JsonNode ev, String id, String source, String detailType, String detail) {
        // [LS-events] every recorded delivery: version, id, detail-type, source, account, time, region, resources, detail — in this order.
        assertEquals(ENVELOPE_KEYS, fieldNames(ev), ev.toString());
        assertEquals("0", ev.get("version").asText());
        assertEquals(id, ev.get("id").asText());
        assertEquals(detailType, ev.get("detail-type").asText());
        assertEquals(source, ev.get("source").asText());
        assertEquals(ACCOUNT, ev.get("account").asText());
        // [LS-events] test_put_events_time asserts "time" == "2022-01-01T00:00:00Z": whole seconds, Z, no millis.
        assertTrue(ev.get("time").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), ev.get("time").asText());
        assertEquals(REGION, ev.get("region").asText());
        assertTrue(ev.get("resources").isArray());
        assertEquals(json(detail), ev.get("detail"));
    }

    // ---------------------------------------------------------------------------------------------
    // Delivery of matching events, in AWS's envelope
    // ---------------------------------------------------------------------------------------------

    @Test
    void anEc2StylePatternDeliversExactlyTheMatchingEntryInAwsEnvelope() throws Exception {
        // Sources starting with "aws." are AWS's own: PutEvents refuses them ([Issue-source]), so the
        // EC2-shaped pattern is exercised with a custom source; the aws.ec2 form itself through TestEventPattern below.
        String source = unique("stratus.ec2");
        String ruleName = unique("ec2-stopped");
        String pattern = "{\"source\":[\"" + source + "\"],\"detail-type\":[\"EC2 Instance State-change Notification\"],\"detail\":{\"state\":[\"stopped\"]}}";
        String ruleArn = rule(ruleName, pattern);
        assertEquals("arn:aws:events:us-east-1:000000000000:rule/" + ruleName, ruleArn);
        Queue q = queue("ec2");
        targets(ruleName, sqsTarget("q", q, t -> { }));

        String stopped = "{\"instance-id\":\"i-0123456789\",\"state\":\"stopped\"}";
        PutEventsRequestEntry matching = PutEventsRequestEntry.builder().source(source).detailType("EC2 Instance State-change Notification")
                .detail(stopped).resources("arn:aws:ec2:us-east-1:000000000000:instance/i-0123456789").build();
        List<String> ids = accepted(matching,
                entry(source, "EC2 Instance State-change Notification", "{\"instance-id\":\"i-0123456789\",\"state\":\"running\"}"),
                entry(source + "-other", "EC2 Instance State-change Notification", stopped),
                entry(source, "EC2 Spot Instance Interruption Warning", stopped));
        assertEquals(4, new TreeSet<>(ids).size(), "every accepted entry gets its own EventId");

        List<String> got = bodies(q, 1);
        assertEquals(1, got.size(), "only the matching entry is delivered: " + got);
        JsonNode ev = json(got.get(0));
        assertEnvelope(ev, ids.get(0), source, "EC2 Instance State-change Notification", stopped);
        assertEquals(List.of("arn:aws:ec2:us-east-1:000000000000:instance/i-0123456789"),
                JSON.convertValue(ev.get("resources"), List.class));
        Instant time = Instant.parse(ev.get("time").asText());
        assertTrue(Math.abs(time.getEpochSecond() - Instant.now().getEpochSecond()) < 60, "time is when the event was put: " + time);
    }

    @Test
    void anEntryTimeAndAnEmptyResourceListAppearInTheEnvelope() throws Exception {
        String source = unique("stratus.time");
        String ruleName = unique("time");
        rule(ruleName, "{\"source\":[\"" + source + "\"]}");
        Queue q = queue("time");
        targets(ruleName, sqsTarget("q", q, t -> { }));
        String id = accepted(PutEventsRequestEntry.builder().source(source).detailType("t").detail("{\"message\":\"dated\"}")
                .time(Instant.parse("2022-01-01T00:00:00Z")).build()).get(0);
        JsonNode ev = json(bodies(q, 1).get(0));
        assertEnvelope(ev, id, source, "t", "{\"message\":\"dated\"}");
        // [LS-events] test_put_events_time: the entry's Time becomes "time": "2022-01-01T00:00:00Z".
        assertEquals("2022-01-01T00:00:00Z", ev.get("time").asText());
        // [LS-events] every recorded envelope of an entry without Resources has "resources": [].
        assertEquals(0, ev.get("resources").size());
    }

    @Test
    void oneEventMatchingTwoRulesReachesBothTargetsWithOneEventId() throws Exception {
        String source = unique("stratus.two");
        String first = unique("first");
        String second = unique("second");
        rule(first, "{\"source\":[\"" + source + "\"]}");
        rule(second, "{\"detail\":{\"kind\":[\"both\"]},\"source\":[\"" + source + "\"]}");
        Queue q1 = queue("first");
        Queue q2 = queue("second");
        targets(first, sqsTarget("q1", q1, t -> { }));
        targets(second, sqsTarget("q2", q2, t -> { }));
        // [LS-events] test_put_events_response_entries_order: one EventId per entry, however many targets match.
        PutEventsResponse r = put(entry(source, "t", "{\"kind\":\"both\"}"));
        assertEquals(1, r.entries().size());
        String id = r.entries().get(0).eventId();
        assertEquals(id, json(bodies(q1, 1).get(0)).get("id").asText());
        assertEquals(id, json(bodies(q2, 1).get(0)).get("id").asText());
    }

    // ---------------------------------------------------------------------------------------------
    // The pattern language
    // ---------------------------------------------------------------------------------------------

    record Case(String name, String pattern, String detail, boolean matches) {
    }

    /** [Docs-filtering] and the AWS-validated templates under LocalStack's event_pattern_templates/. */
    static final List<Case> CASES = List.of(
            new Case("exact", "{\"detail\":{\"state\":[\"stopped\"]}}", "{\"state\":\"stopped\"}", true),
            new Case("exact-miss", "{\"detail\":{\"state\":[\"stopped\"]}}", "{\"state\":\"running\"}", false),
            new Case("array-value", "{\"detail\":{\"tags\":[\"b\"]}}", "{\"tags\":[\"a\",\"b\"]}", true),
            new Case("prefix", "{\"detail\":{\"region\":[{\"prefix\":\"us-\"}]}}", "{\"region\":\"us-west-2\"}", true),
            new Case("prefix-miss", "{\"detail\":{\"region\":[{\"prefix\":\"us-\"}]}}", "{\"region\":\"eu-west-1\"}", false),
            new Case("suffix", "{\"detail\":{\"file\":[{\"suffix\":\".png\"}]}}", "{\"file\":\"photo.png\"}", true),
            new Case("suffix-miss", "{\"detail\":{\"file\":[{\"suffix\":\".png\"}]}}", "{\"file\":\"photo.jpg\"}", false),
            new Case("anything-but", "{\"detail\":{\"state\":[{\"anything-but\":[\"stopped\",\"overloaded\"]}]}}", "{\"state\":\"running\"}", true),
            new Case("anything-but-miss", "{\"detail\":{\"state\":[{\"anything-but\":[\"stopped\",\"overloaded\"]}]}}", "{\"state\":\"stopped\"}", false),
            // [LS-patterns] test_put_events_with_rule_pattern_anything_but: {"command": null} is delivered.
            new Case("anything-but-null", "{\"detail\":{\"command\":[{\"anything-but\":[\"no-message\"]}]}}", "{\"command\":null}", true),
            new Case("anything-but-prefix", "{\"detail\":{\"state\":[{\"anything-but\":{\"prefix\":\"init\"}}]}}", "{\"state\":\"running\"}", true),
            new Case("anything-but-prefix-miss", "{\"detail\":{\"state\":[{\"anything-but\":{\"prefix\":\"init\"}}]}}", "{\"state\":\"initializing\"}", false),
            new Case("numeric", "{\"detail\":{\"c-count\":[{\"numeric\":[\">\",0,\"<=\",5]}]}}", "{\"c-count\":5}", true),
            new Case("numeric-miss", "{\"detail\":{\"c-count\":[{\"numeric\":[\">\",0,\"<=\",5]}]}}", "{\"c-count\":6}", false),
            new Case("numeric-string", "{\"detail\":{\"c-count\":[{\"numeric\":[\">\",0,\"<=\",5]}]}}", "{\"c-count\":\"3\"}", false),
            new Case("numeric-equals", "{\"detail\":{\"x-limit\":[{\"numeric\":[\"=\",3.018e2]}]}}", "{\"x-limit\":301.8}", true),
            new Case("exists", "{\"detail\":{\"key\":[{\"exists\":true}]}}", "{\"key\":\"value\"}", true),
            new Case("exists-miss", "{\"detail\":{\"key\":[{\"exists\":true}]}}", "{\"no-key\":\"value\"}", false),
            new Case("not-exists", "{\"detail\":{\"key\":[{\"exists\":false}]}}", "{\"no-key\":\"value\"}", true),
            new Case("not-exists-miss", "{\"detail\":{\"key\":[{\"exists\":false}]}}", "{\"key\":\"value\"}", false),
            new Case("cidr", "{\"detail\":{\"sourceIPAddress\":[{\"cidr\":\"10.0.0.0/24\"}]}}", "{\"sourceIPAddress\":\"10.0.0.123\"}", true),
            new Case("cidr-miss", "{\"detail\":{\"sourceIPAddress\":[{\"cidr\":\"10.0.0.0/24\"}]}}", "{\"sourceIPAddress\":\"10.0.1.5\"}", false),
            new Case("ignore-case", "{\"detail\":{\"name\":[{\"equals-ignore-case\":\"Alice\"}]}}", "{\"name\":\"aLiCe\"}", true),
            new Case("ignore-case-miss", "{\"detail\":{\"name\":[{\"equals-ignore-case\":\"Alice\"}]}}", "{\"name\":\"Alicia\"}", false),
            new Case("wildcard", "{\"detail\":{\"path\":[{\"wildcard\":\"dir/*.png\"}]}}", "{\"path\":\"dir/sub/photo.png\"}", true),
            new Case("wildcard-miss", "{\"detail\":{\"path\":[{\"wildcard\":\"dir/*.png\"}]}}", "{\"path\":\"other/photo.png\"}", false),
            new Case("or", "{\"detail\":{\"$or\":[{\"c-count\":[{\"numeric\":[\">\",0,\"<=\",5]}]},{\"d-count\":[{\"numeric\":[\"<\",10]}]}]}}",
                    "{\"c-count\":0,\"d-count\":0}", true),
            new Case("or-miss", "{\"detail\":{\"$or\":[{\"c-count\":[{\"numeric\":[\">\",0,\"<=\",5]}]},{\"d-count\":[{\"numeric\":[\"<\",10]}]}]}}",
                    "{\"c-count\":0,\"d-count\":10}", false));

    static String testEvent(String source, String detail) {
        return "{\"version\":\"0\",\"id\":\"" + UUID.randomUUID() + "\",\"detail-type\":\"Test\",\"source\":\"" + source + "\",\"account\":\"" + ACCOUNT
                + "\",\"time\":\"2024-01-01T00:00:00Z\",\"region\":\"" + REGION + "\",\"resources\":[],\"detail\":" + detail + "}";
    }

    @Test
    void testEventPatternAnswersForTheWholePatternLanguage() {
        for (Case c : CASES) {
            boolean result = events.testEventPattern(b -> b.eventPattern(c.pattern()).event(testEvent("stratus.test", c.detail()))).result();
            assertEquals(c.matches(), result, c.name() + ": " + c.pattern() + " against " + c.detail());
        }
        // The EC2 pattern as AWS's own events carry it (EventBridge User Guide's sample event).
        String ec2 = "{\"source\":[\"aws.ec2\"],\"detail-type\":[\"EC2 Instance State-change Notification\"],\"detail\":{\"state\":[\"stopped\"]}}";
        String event = "{\"version\":\"0\",\"id\":\"7bf73129-1428-4cd3-a780-95db273d1602\",\"detail-type\":\"EC2 Instance State-change Notification\","
                + "\"source\":\"aws.ec2\",\"account\":\"123456789012\",\"time\":\"2015-11-11T21:29:54Z\",\"region\":\"us-east-1\","
                + "\"resources\":[\"arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111\"],\"detail\":{\"instance-id\":\"i-abcd1111\",\"state\":\"%s\"}}";
        assertTrue(events.testEventPattern(b -> b.eventPattern(ec2).event(event.formatted("stopped"))).result());
        assertFalse(events.testEventPattern(b -> b.eventPattern(ec2).event(event.formatted("running"))).result());
        // [LS-patterns] test_event_pattern_source: an event without resources or detail is valid; Result true / false.
        String minimal = "{\"id\":\"1\",\"source\":\"order\",\"detail-type\":\"Test\",\"account\":\"" + ACCOUNT + "\",\"region\":\"" + REGION
                + "\",\"time\":\"2024-01-01T00:00:00Z\"}";
        assertTrue(events.testEventPattern(b -> b.eventPattern("{\"source\":[\"order\"],\"detail-type\":[\"Test\"]}").event(minimal)).result());
        assertFalse(events.testEventPattern(b -> b.eventPattern("{\"source\":[\"shipment\"],\"detail-type\":[\"Test\"]}").event(minimal)).result());
    }

    @Test
    void rulesDeliverExactlyWhatThePatternLanguageMatches() throws Exception {
        // One rule and queue per case, all scoped to this test's source; every case's event is put.
        String source = unique("stratus.lang");
        Map<String, Queue> queues = new LinkedHashMap<>();
        for (Case c : CASES) {
            String ruleName = unique("lang-" + c.name());
            JsonNode pattern = json(c.pattern());
            ((com.fasterxml.jackson.databind.node.ObjectNode) pattern).putArray("source").add(source);
            rule(ruleName, JSON.writeValueAsString(pattern));
            Queue q = queue("lang");
            targets(ruleName, sqsTarget("q", q, t -> { }));
            queues.put(c.name(), q);
        }
        List<PutEventsRequestEntry> all = new ArrayList<>();
        for (Case c : CASES) {
            all.add(entry(source, c.name(), c.detail()));
        }
        for (int i = 0; i < all.size(); i += 10) {
            accepted(all.subList(i, Math.min(all.size(), i + 10)).toArray(PutEventsRequestEntry[]::new));
        }
        for (Case c : CASES) {
            // Which of all the events put reached this case's rule: its own event if it matches, and any other the pattern also matches.
            Set<String> expected = new TreeSet<>();
            for (Case other : CASES) {
                boolean m = events.testEventPattern(b -> b.eventPattern(c.pattern()).event(testEvent(source, other.detail()))).result();
                if (m) {
                    expected.add(other.name());
                }
            }
            assertEquals(c.matches(), expected.contains(c.name()), c.name());
            Set<String> got = new TreeSet<>();
            for (String body : bodies(queues.get(c.name()), expected.size())) {
                got.add(json(body).get("detail-type").asText());
            }
            assertEquals(expected, got, "events delivered by the rule for " + c.name() + ": " + c.pattern());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Input, InputPath and InputTransformer
    // ---------------------------------------------------------------------------------------------

    @Test
    void inputInputPathAndInputTransformerShapeWhatTheQueueReceives() throws Exception {
        String source = unique("stratus.input");
        String ruleName = unique("input");
        String ruleArn = rule(ruleName, "{\"source\":[\"" + source + "\"]}");
        Queue constant = queue("constant");
        Queue detail = queue("detail");
        Queue leaf = queue("leaf");
        Queue text = queue("text");
        Queue object = queue("object");
        Map<String, String> paths = Map.of("instance", "$.detail.instance-id", "state", "$.detail.state", "count", "$.detail.count",
                "tags", "$.detail.tags", "timestamp", "$.time");
        targets(ruleName,
                sqsTarget("constant", constant, t -> t.input("{\"fixed\": true, \"n\": 1}")),
                sqsTarget("detail", detail, t -> t.inputPath("$.detail")),
                sqsTarget("leaf", leaf, t -> t.inputPath("$.detail.payload.sf_id")),
                // [Docs-transform] "Simple string": "instance <instance> is in <state>" → "instance i-0123456789 is in RUNNING".
                sqsTarget("text", text, t -> t.inputTransformer(InputTransformer.builder().inputPathsMap(paths)
                        .inputTemplate("\"instance <instance> is in <state>\"").build())),
                // [Docs-transform] "JSON with strings and variables" and "a mix of variables and static information": an
                // unquoted placeholder of a string value becomes a JSON string, a quoted one is replaced in the text.
                sqsTarget("object", object, t -> t.inputTransformer(InputTransformer.builder().inputPathsMap(paths)
                        .inputTemplate("{\"instance\": <instance>, \"state\": \"<state>\", \"status\": \"instance <instance> is in <state>\","
                                + " \"list\": [9, <state>, true], \"count\": <count>, \"countText\": \"<count> running\", \"tags\": <tags>,"
                                + " \"time\": <timestamp>, \"Transformed\": \"Yes\"}").build())));

        String d = "{\"instance-id\":\"i-0123456789\",\"state\":\"RUNNING\",\"count\":3,\"tags\":[\"a\",\"b\"],\"payload\":{\"acc_id\":\"0a787ecb-4015\",\"sf_id\":\"baz\"}}";
        accepted(PutEventsRequestEntry.builder().source(source).detailType("EC2 Instance State-change Notification").detail(d)
                .time(Instant.parse("2015-11-11T21:29:54Z")).build());

        // Input: the matched event is overridden with this constant ([Docs-API] PutTargets).
        assertEquals(json("{\"fixed\": true, \"n\": 1}"), json(bodies(constant, 1).get(0)));
        // [LS-inputs] test_put_events_with_input_path: $.detail delivers the detail object.
        assertEquals(json(d), json(bodies(detail, 1).get(0)));
        // [LS-inputs] test_put_events_with_input_path_max_level_depth: a string leaf is delivered as JSON text "\"baz\"".
        assertEquals("\"baz\"", bodies(leaf, 1).get(0));
        assertEquals("\"instance i-0123456789 is in RUNNING\"", bodies(text, 1).get(0));
        JsonNode o = json(bodies(object, 1).get(0));
        assertEquals("i-0123456789", o.get("instance").asText());
        assertTrue(o.get("instance").isTextual());
        assertEquals("RUNNING", o.get("state").asText());
        assertEquals("instance i-0123456789 is in RUNNING", o.get("status").asText());
        assertEquals(json("[9, \"RUNNING\", true]"), o.get("list"));
        assertTrue(o.get("count").isNumber(), "a number stays a number: " + o);
        assertEquals(3, o.get("count").asInt());
        assertEquals("3 running", o.get("countText").asText());
        assertEquals(json("[\"a\",\"b\"]"), o.get("tags"));
        assertEquals("2015-11-11T21:29:54Z", o.get("time").asText());
        assertEquals("Yes", o.get("Transformed").asText());
        assertNotNull(ruleArn);
    }

    @Test
    void inputTransformerFillsThePredefinedVariables() throws Exception {
        String source = unique("stratus.vars");
        String ruleName = unique("vars");
        String ruleArn = rule(ruleName, "{\"source\":[\"" + source + "\"]}");
        Queue names = queue("names");
        Queue whole = queue("whole");
        targets(ruleName,
                // [LS-inputs] test_input_transformer_predefined_variables: rule ARN, rule name and ingestion time, no InputPathsMap needed.
                sqsTarget("names", names, t -> t.inputTransformer(InputTransformer.builder()
                        .inputTemplate("\"Rule <aws.events.rule-arn> <aws.events.rule-name> at <aws.events.event.ingestion-time>\"").build())),
                // [LS-inputs] same test: <aws.events.event.json>, unquoted, is the whole event.
                sqsTarget("whole", whole, t -> t.inputTransformer(InputTransformer.builder()
                        .inputTemplate("{\"originalEventJson\": <aws.events.event.json>}").build())));
        String d = "{\"command\":\"update-account\"}";
        String id = accepted(entry(source, "core.update-account-command", d)).get(0);

        JsonNode ev = json(bodies(whole, 1).get(0)).get("originalEventJson");
        assertEnvelope(ev, id, source, "core.update-account-command", d);
        String text = bodies(names, 1).get(0);
        // [Docs-transform] aws.events.event.ingestion-time: "an ISO 8601 timestamp".
        assertTrue(text.matches("\"Rule " + java.util.regex.Pattern.quote(ruleArn + " " + ruleName) + " at \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z\""),
                text);
    }

    @Test
    void inputTransformerLeavesPathsMissingFromTheEventEmpty() throws Exception {
        String source = unique("stratus.missing");
        String ruleName = unique("missing");
        rule(ruleName, "{\"source\":[\"" + source + "\"]}");
        Queue missingText = queue("missing-text");
        Queue missingJson = queue("missing-json");
        Map<String, String> paths = Map.of("detail-type", "$.detail-type", "command", "$.detail.notinmessage");
        targets(ruleName,
                // [LS-inputs] test_put_events_with_input_transformer_input_template_string, "not-match-all": the missing value is empty.
                sqsTarget("missing-text", missingText, t -> t.inputTransformer(InputTransformer.builder().inputPathsMap(paths)
                        .inputTemplate("\"Event of <detail-type> type, info extracted from detail <command>\"").build())),
                // [LS-inputs] test_put_events_with_input_transformer_input_template_json, "not-match-all": "command": "".
                sqsTarget("missing-json", missingJson, t -> t.inputTransformer(InputTransformer.builder().inputPathsMap(paths)
                        .inputTemplate("{\"detailType\": <detail-type>, \"command\": <command>}").build())));
        accepted(entry(source, "core.update-account-command", "{\"command\":\"update-account\"}"));
        assertEquals("\"Event of core.update-account-command type, info extracted from detail \"", bodies(missingText, 1).get(0));
        String body = bodies(missingJson, 1).get(0);
        assertEquals(json("{\"detailType\": \"core.update-account-command\", \"command\": \"\"}"), json(body), body);
    }

    // ---------------------------------------------------------------------------------------------
    // Lambda, custom buses, rule states, FIFO
    // ---------------------------------------------------------------------------------------------

    /** The function's log lines once one contains the text (logs are written just behind the invocation). */
    static List<String> logLines(String function, String mustContain) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try {
                List<String> lines = new ArrayList<>();
                for (FilteredLogEvent e : logs.filterLogEvents(b -> b.logGroupName("/aws/lambda/" + function)).events()) {
                    lines.add(e.message());
                }
                if (lines.stream().anyMatch(l -> l.contains(mustContain))) {
                    return lines;
                }
            } catch (software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException notYet) {
                // The log group appears with the first lines.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line containing " + mustContain + " in /aws/lambda/" + function);
    }

    @Test
    void aLambdaTargetIsInvokedWithTheEvent() throws Exception {
        String function = unique("events-echo");
        lambda.createFunction(b -> b.functionName(function).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12)
                .handler("app.handler").role(TestRoles.lambda(STRATUS.endpoint()))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python")))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(function));
        String functionArn = lambda.getFunction(b -> b.functionName(function)).configuration().functionArn();
        String source = unique("stratus.lambda");
        String ruleName = unique("to-lambda");
        String ruleArn = rule(ruleName, "{\"source\":[\"" + source + "\"]}");
        // As on AWS, the function's policy lets EventBridge invoke it for this rule.
        lambda.addPermission(b -> b.functionName(function).statementId("events").action("lambda:InvokeFunction")
                .principal("events.amazonaws.com").sourceArn(ruleArn));
        targets(ruleName, Target.builder().id("fn").arn(functionArn).build());

        String d = "{\"order\":42,\"items\":[\"a\",\"b\"]}";
        String id = accepted(entry(source, "Order Placed", d)).get(0);
        // The sample function has no "action" in an EventBridge event, so it echoes: `echo <event as json.dumps>`.
        String line = logLines(function, id).stream().filter(l -> l.startsWith("echo ") && l.contains(id)).findFirst().orElseThrow();
        JsonNode ev = json(line.substring("echo ".length()));
        assertEnvelope(ev, id, source, "Order Placed", d);
        assertTrue(logLines(function, "REPORT RequestId: ").stream().anyMatch(l -> l.startsWith("START RequestId: ")));
    }

    @Test
    void customBusesRouteOnlyTheirOwnEvents() throws Exception {
        String bus = unique("orders");
        String busArn = events.createEventBus(b -> b.name(bus).tags(Tag.builder().key("team").value("orders").build())).eventBusArn();
        assertEquals("arn:aws:events:us-east-1:000000000000:event-bus/" + bus, busArn);
        var described = events.describeEventBus(b -> b.name(bus));
        assertEquals(bus, described.name());
        assertEquals(busArn, described.arn());
        assertEquals(List.of(bus), events.listEventBuses(b -> b.namePrefix(bus)).eventBuses().stream().map(x -> x.name()).toList());
        assertEquals("default", events.describeEventBus(b -> { }).name());
        assertEquals("arn:aws:events:us-east-1:000000000000:event-bus/default", events.describeEventBus(b -> { }).arn());

        String source = unique("stratus.bus");
        String pattern = "{\"source\":[\"" + source + "\"]}";
        String onBus = unique("on-bus");
        String onDefault = unique("on-default");
        String busRuleArn = events.putRule(b -> b.name(onBus).eventBusName(bus).eventPattern(pattern)).ruleArn();
        // [LS-events] test_put_events_to_default_eventbus_for_custom_eventbus: rule/<bus>/<name> on a custom bus.
        assertEquals("arn:aws:events:us-east-1:000000000000:rule/" + bus + "/" + onBus, busRuleArn);
        rule(onDefault, pattern);
        Queue busQueue = queue("bus");
        Queue defaultQueue = queue("default");
        var put = events.putTargets(b -> b.rule(onBus).eventBusName(bus).targets(sqsTarget("q", busQueue, t -> { })));
        assertEquals(0, put.failedEntryCount());
        targets(onDefault, sqsTarget("q", defaultQueue, t -> { }));

        List<String> ids = accepted(
                PutEventsRequestEntry.builder().source(source).detailType("by-name").detail("{}").eventBusName(bus).build(),
                PutEventsRequestEntry.builder().source(source).detailType("by-arn").detail("{}").eventBusName(busArn).build(),
                entry(source, "to-default", "{}"));
        Set<String> onCustom = new TreeSet<>();
        for (String body : bodies(busQueue, 2)) {
            onCustom.add(json(body).get("detail-type").asText());
        }
        assertEquals(Set.of("by-arn", "by-name"), onCustom);
        List<String> onDefaultBodies = bodies(defaultQueue, 1);
        assertEquals(1, onDefaultBodies.size(), onDefaultBodies.toString());
        assertEquals(ids.get(2), json(onDefaultBodies.get(0)).get("id").asText());

        DescribeRuleResponse r = events.describeRule(b -> b.name(onBus).eventBusName(bus));
        assertEquals(bus, r.eventBusName());
        assertEquals(busRuleArn, r.arn());
        assertEquals(List.of(onBus), events.listRules(b -> b.eventBusName(bus)).rules().stream().map(Rule::name).toList());
        // [Issue-rule] a rule is looked up on the bus named, "default" when none is.
        assertEquals("400 ResourceNotFoundException: Rule " + onBus + " does not exist on EventBus default.",
                error(() -> events.describeRule(b -> b.name(onBus))));
        assertEquals(List.of(onBus), events.listRuleNamesByTarget(b -> b.targetArn(busQueue.arn()).eventBusName(bus)).ruleNames());

        events.removeTargets(b -> b.rule(onBus).eventBusName(bus).ids("q"));
        events.deleteRule(b -> b.name(onBus).eventBusName(bus));
        events.deleteEventBus(b -> b.name(bus));
        // [LS-events] test_describe_delete_not_existing_event_bus.
        assertEquals("400 ResourceNotFoundException: Event bus " + bus + " does not exist.", error(() -> events.describeEventBus(b -> b.name(bus))));
        assertTrue(events.listEventBuses(b -> b.namePrefix(bus)).eventBuses().isEmpty());
    }

    @Test
    void putEventsToABusThatDoesNotExistIsAcceptedAndDropped() throws Exception {
        // [Issue-bus] AWS answers an EventId and FailedEntryCount 0 for an entry naming a missing bus, and drops it;
        // [LS-events] test_put_events_nonexistent_event_bus recorded exactly that, and that the default bus still got its entry.
        String source = unique("stratus.nobus");
        String ruleName = unique("nobus");
        rule(ruleName, "{\"source\":[\"" + source + "\"]}");
        Queue q = queue("nobus");
        targets(ruleName, sqsTarget("q", q, t -> { }));
        String missing = unique("no-such-bus");
        PutEventsResponse r = put(entry(source, "for the default bus", "{}"),
                PutEventsRequestEntry.builder().source(source).detailType("for the missing bus").detail("{}").eventBusName(missing).build());
        assertEquals(0, r.failedEntryCount(), r.toString());
        assertNotNull(r.entries().get(0).eventId());
        assertNotNull(r.entries().get(1).eventId());
        assertNull(r.entries().get(1).errorCode());
        List<String> got = bodies(q, 1);
        assertEquals(1, got.size(), got.toString());
        assertEquals("for the default bus", json(got.get(0)).get("detail-type").asText());
    }

    @Test
    void aDisabledRuleDeliversNothingUntilEnabledAgain() throws Exception {
        String source = unique("stratus.state");
        String ruleName = unique("state");
        String pattern = "{\"source\":[\"" + source + "\"]}";
        events.putRule(b -> b.name(ruleName).eventPattern(pattern).state(RuleState.DISABLED));
        assertEquals(RuleState.DISABLED, events.describeRule(b -> b.name(ruleName)).state());
        Queue q = queue("state");
        targets(ruleName, sqsTarget("q", q, t -> { }));
        accepted(entry(source, "while-disabled", "{}"));

        events.enableRule(b -> b.name(ruleName));
        assertEquals(RuleState.ENABLED, events.describeRule(b -> b.name(ruleName)).state());
        accepted(entry(source, "while-enabled", "{}"));
        List<String> got = bodies(q, 1);
        assertEquals(List.of("while-enabled"), got.stream().map(b -> json(b).get("detail-type").asText()).toList());

        events.disableRule(b -> b.name(ruleName));
        // [LS-events] test_disable_re_enable_rule: DisableRule/EnableRule flip State, the rest stays.
        DescribeRuleResponse r = events.describeRule(b -> b.name(ruleName));
        assertEquals(RuleState.DISABLED, r.state());
        assertEquals(json(pattern), json(r.eventPattern()));
        accepted(entry(source, "disabled-again", "{}"));
        // A sentinel rule on the same queue: once its event arrives, anything the disabled rule owed would have too.
        String sentinel = unique("sentinel");
        rule(sentinel, "{\"source\":[\"" + source + "\"],\"detail-type\":[\"sentinel\"]}");
        targets(sentinel, sqsTarget("q", q, t -> { }));
        accepted(entry(source, "sentinel", "{}"));
        assertEquals(List.of("sentinel"), bodies(q, 1).stream().map(b -> json(b).get("detail-type").asText()).toList());
    }

    @Test
    void aFifoQueueTargetGetsTheMessageGroupIdOfItsSqsParameters() throws Exception {
        String source = unique("stratus.fifo");
        String ruleName = unique("fifo");
        rule(ruleName, "{\"source\":[\"" + source + "\"]}");
        // SqsParameters (API reference): "If you specify an SQS FIFO queue as a target, the queue must have content-based deduplication enabled."
        Queue q = queue("fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"));
        targets(ruleName, sqsTarget("fifo", q, t -> t.sqsParameters(SqsParameters.builder().messageGroupId("orders").build())));
        List<String> ids = accepted(entry(source, "one", "{\"n\":1}"), entry(source, "two", "{\"n\":2}"));
        List<Message> got = receive(q, 2);
        assertEquals(2, got.size(), got.toString());
        for (Message m : got) {
            assertEquals("orders", m.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID));
            assertTrue(ids.contains(json(m.body()).get("id").asText()));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Listings, DescribeRule, targets, tags
    // ---------------------------------------------------------------------------------------------

    @Test
    void rulesAreListedDescribedTaggedAndFoundByTarget() throws Exception {
        String prefix = unique("listed");
        String pattern = "{\"source\":[\"" + prefix + "\"]}";
        String a = prefix + "-a";
        String b2 = prefix + "-b";
        String arnA = events.putRule(b -> b.name(a).eventPattern(pattern).description("first rule")
                .tags(Tag.builder().key("env").value("test").build())).ruleArn();
        rule(b2, pattern);

        // [LS-events] test_put_list_with_prefix_describe_delete_rule[default]: ListRules entries and DescribeRule fields.
        List<Rule> listed = events.listRules(b -> b.namePrefix(prefix)).rules();
        assertEquals(List.of(a, b2), listed.stream().map(Rule::name).toList());
        Rule first = listed.get(0);
        assertEquals("arn:aws:events:us-east-1:000000000000:rule/" + a, first.arn());
        assertEquals("default", first.eventBusName());
        assertEquals(RuleState.ENABLED, first.state());
        assertEquals("first rule", first.description());
        assertEquals(json(pattern), json(first.eventPattern()));
        var page = events.listRules(b -> b.namePrefix(prefix).limit(1));
        assertEquals(List.of(a), page.rules().stream().map(Rule::name).toList());
        assertNotNull(page.nextToken());
        assertEquals(List.of(b2), events.listRules(b -> b.namePrefix(prefix).limit(1).nextToken(page.nextToken())).rules().stream().map(Rule::name).toList());

        DescribeRuleResponse d = events.describeRule(b -> b.name(a));
        assertEquals(a, d.name());
        assertEquals(arnA, d.arn());
        assertEquals("default", d.eventBusName());
        assertEquals(ACCOUNT, d.createdBy());
        assertEquals(RuleState.ENABLED, d.state());
        assertEquals("first rule", d.description());
        assertEquals(json(pattern), json(d.eventPattern()));
        assertNull(d.scheduleExpression());

        Queue q = queue("listed");
        targets(a, sqsTarget("t1", q, t -> t.inputPath("$.detail")), sqsTarget("t2", q, t -> { }));
        targets(b2, sqsTarget("t1", q, t -> { }));
        assertEquals(List.of(a, b2), events.listRuleNamesByTarget(b -> b.targetArn(q.arn())).ruleNames().stream().filter(n -> n.startsWith(prefix)).toList());
        List<Target> listedTargets = events.listTargetsByRule(b -> b.rule(a)).targets();
        assertEquals(List.of("t1", "t2"), listedTargets.stream().map(Target::id).toList());
        assertEquals(q.arn(), listedTargets.get(0).arn());
        assertEquals("$.detail", listedTargets.get(0).inputPath());

        // [LS-events] test_update_rule_with_targets: PutRule on an existing rule keeps its targets.
        assertEquals(arnA, events.putRule(b -> b.name(a).eventPattern(pattern)).ruleArn());
        assertEquals(2, events.listTargetsByRule(b -> b.rule(a)).targets().size());
        // A second PutTargets with a known Id replaces that target.
        targets(a, sqsTarget("t1", q, t -> { }));
        List<Target> replaced = events.listTargetsByRule(b -> b.rule(a)).targets();
        assertEquals(Set.of("t1", "t2"), new TreeSet<>(replaced.stream().map(Target::id).toList()));
        assertNull(replaced.stream().filter(t -> t.id().equals("t1")).findFirst().orElseThrow().inputPath());

        // Tags: PutRule's tags, TagResource, UntagResource.
        Map<String, String> tags = new HashMap<>();
        events.listTagsForResource(b -> b.resourceARN(arnA)).tags().forEach(t -> tags.put(t.key(), t.value()));
        assertEquals(Map.of("env", "test"), tags);
        events.tagResource(b -> b.resourceARN(arnA).tags(Tag.builder().key("owner").value("me").build(), Tag.builder().key("env").value("prod").build()));
        tags.clear();
        events.listTagsForResource(b -> b.resourceARN(arnA)).tags().forEach(t -> tags.put(t.key(), t.value()));
        assertEquals(Map.of("env", "prod", "owner", "me"), tags);
        events.untagResource(b -> b.resourceARN(arnA).tagKeys("env"));
        assertEquals(List.of("owner"), events.listTagsForResource(b -> b.resourceARN(arnA)).tags().stream().map(Tag::key).toList());

        // [LS-events] test_put_list_remove_target: RemoveTargets answers FailedEntryCount 0 and the target is gone.
        RemoveTargetsResponse removed = events.removeTargets(b -> b.rule(a).ids("t1", "t2"));
        assertEquals(0, removed.failedEntryCount());
        assertTrue(events.listTargetsByRule(b -> b.rule(a)).targets().isEmpty());
        // Ids the rule does not have: [Docs-API] RemoveTargets reports FailedEntries only for concurrent modification;
        // no recorded AWS answer was found, so only what both readings share is asserted: the call succeeds and counts agree.
        RemoveTargetsResponse unknown = events.removeTargets(b -> b.rule(b2).ids("t1", "no-such-target"));
        assertEquals(unknown.failedEntries().size(), unknown.failedEntryCount().intValue());
        assertTrue(events.listTargetsByRule(b -> b.rule(b2)).targets().isEmpty());

        events.deleteRule(b -> b.name(a));
        events.removeTargets(b -> b.rule(b2).ids("t1"));
        events.deleteRule(b -> b.name(b2));
        // [LS-events] list-rules-after-delete is empty; [Docs-API] DeleteRule: "If you call delete rule multiple times for the same rule, all calls will succeed."
        assertTrue(events.listRules(b -> b.namePrefix(prefix)).rules().isEmpty());
        events.deleteRule(b -> b.name(a));
    }

    // ---------------------------------------------------------------------------------------------
    // Bad input
    // ---------------------------------------------------------------------------------------------

    @Test
    void putEventsRefusesEntriesMissingSourceDetailTypeOrDetailOneByOne() {
        String source = unique("stratus.bad");
        PutEventsResponse r = put(
                PutEventsRequestEntry.builder().detailType("t").detail("{}").build(),
                PutEventsRequestEntry.builder().source(source).detail("{}").build(),
                PutEventsRequestEntry.builder().source(source).detailType("t").build(),
                entry(source, "", "{}"),
                entry(source, "t", "{\"fine\":true}"));
        assertEquals(4, r.failedEntryCount(), r.toString());
        List<PutEventsResultEntry> e = r.entries();
        assertEquals(5, e.size());
        // [LS-events] test_put_events_without_source / _without_detail_type / _without_detail.
        assertEntryError(e.get(0), "InvalidArgument", "Parameter Source is not valid. Reason: Source is a required argument.");
        assertEntryError(e.get(1), "InvalidArgument", "Parameter DetailType is not valid. Reason: DetailType is a required argument.");
        assertEntryError(e.get(2), "InvalidArgument", "Parameter Detail is not valid. Reason: Detail is a required argument.");
        // [LS-events] test_put_event_without_detail_type sends DetailType "": the same refusal as a missing one.
        assertEntryError(e.get(3), "InvalidArgument", "Parameter DetailType is not valid. Reason: DetailType is a required argument.");
        assertNotNull(e.get(4).eventId());
        assertNull(e.get(4).errorCode());
    }

    @Test
    void putEventsRefusesADetailThatIsNotAJsonObjectAsMalformedDetail() {
        String source = unique("stratus.malformed");
        PutEventsResponse r = put(entry(source, "t", "NotJSON"), entry(source, "t", "[]"), entry(source, "t", "{{}"), entry(source, "t", "\"NotJSON\""),
                entry(source, "t", "{}"));
        assertEquals(4, r.failedEntryCount(), r.toString());
        // [LS-events] test_put_event_malformed_detail[STRING, ARRAY, MALFORMED_JSON, SERIALIZED_STRING]: all "MalformedDetail".
        for (int i = 0; i < 4; i++) {
            assertEntryError(r.entries().get(i), "MalformedDetail", "Detail is malformed.");
        }
        assertNotNull(r.entries().get(4).eventId());
    }

    @Test
    void putEventsRefusesSourcesReservedForAwsServices() {
        PutEventsResponse r = put(entry("aws.ec2", "EC2 Instance State-change Notification", "{\"state\":\"stopped\"}"),
                entry(unique("stratus.src"), "t", "{}"));
        // [Issue-source] "aws." sources belong to AWS services: FailedEntryCount 1, NotAuthorizedForSourceException.
        assertEquals(1, r.failedEntryCount(), r.toString());
        PutEventsResultEntry e = r.entries().get(0);
        assertNull(e.eventId());
        assertEquals("NotAuthorizedForSourceException", e.errorCode());
        assertTrue(e.errorMessage().startsWith("Not authorized for the source"), e.errorMessage());
        assertNotNull(r.entries().get(1).eventId());
    }

    static void assertEntryError(PutEventsResultEntry e, String code, String message) {
        assertNull(e.eventId(), e.toString());
        assertEquals(code, e.errorCode(), e.toString());
        assertEquals(message, e.errorMessage(), e.toString());
    }

    @Test
    void putEventsRefusesMoreThanTenEntriesAsAWhole() {
        String source = unique("stratus.limits");
        PutEventsRequestEntry[] eleven = new PutEventsRequestEntry[11];
        java.util.Arrays.fill(eleven, entry(source, "t", "{}"));
        String tooMany = error(() -> put(eleven));
        // [LS-events] test_put_events_exceed_limit_ten_entries: AWS lists the entries as its own objects' text; only the frame is asserted.
        assertTrue(tooMany.startsWith("400 ValidationException: 1 validation error detected: Value '["), tooMany);
        assertTrue(tooMany.endsWith("]' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10"), tooMany);
    }

    @Test
    void putEventsRefusesARequestOverTheSizeLimitAsAWhole() {
        String source = unique("stratus.size");
        // [LS-events] test_put_event_with_too_big_detail: a request over the size limit is refused as a whole (HTTP 400),
        // not per entry. The limit was 256 KB when that was recorded and is 1 MB since 2026-01-29 (AWS announcement: async
        // Lambda, SQS and EventBridge payloads up to 1 MB); an entry over 1 MB is over both.
        String big = "{\"payload\":\"" + "p".repeat(1024 * 1024) + "\"}";
        assertEquals("400 ValidationException: Total size of the entries in the request is over the limit.", error(() -> put(entry(source, "t", big))));
    }

    @Test
    void putRuleRefusesBadPatternsStatesAndBuses() {
        String name = unique("bad-rule");
        // [LS-events]-style recorded messages from [LS-patterns]: "Event pattern is not valid. Reason: <event-ruler's reason>",
        // AWS appends the parser's "\n at [Source: ...; line: 1, column: N]" where it has one, so the reason is matched as a prefix.
        assertPatternRefused(name, "{\"int\": 42}", "\"int\" must be an object or an array");
        assertPatternRefused(name, "{\"string\": \"my-value\"}", "\"string\" must be an object or an array");
        assertPatternRefused(name, "{\"resources\": []}", "Empty arrays are not allowed");
        assertPatternRefused(name, "{\"detail\": {\"c-count\": [{\"numeric\": [\">\", 0, \">\", 0]}]}}", "Bad numeric range operator: >");
        assertPatternRefused(name, "{\"my_key\": [{\"EXISTS\": true}]}", "Unrecognized match type EXISTS");
        assertPatternRefused(name, "{\"time\": [{\"prefix\": 123}]}", "prefix match pattern must be a string");
        assertPatternRefused(name, "{\"detail\": {\"sourceIPAddress\": [{\"cidr\": \"xx.11.xx/24\"}]}}", "Nonstandard IP address: xx.11.xx");
        assertPatternRefused(name, "this is valid json but not a dict",
                "Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertPatternRefused(name, "[\"not\", \"a\", \"dict\", \"but valid json\"]", "Filter is not an object");

        // Moto and LocalStack both answer this text (moto/events/models.py put_rule; localstack rule.py _validate_input).
        assertEquals("400 ValidationException: Parameter(s) EventPattern or ScheduleExpression must be specified.",
                error(() -> events.putRule(b -> b.name(name))));
        // [LS-events] test_put_events_nonexistent_event_bus / test_put_permission_non_existing_event_bus: "Event bus X does not exist."
        String bus = unique("no-such-bus");
        assertEquals("400 ResourceNotFoundException: Event bus " + bus + " does not exist.",
                error(() -> events.putRule(b -> b.name(name).eventBusName(bus).eventPattern("{\"source\":[\"x\"]}"))));
        // The model's enum, in AWS's "1 validation error detected" form ([LS-events] test_create_connection_validations shows the form).
        assertEquals("400 ValidationException: 1 validation error detected: Value 'SOMETIMES' at 'state' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [ENABLED, DISABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS]",
                error(() -> events.putRule(b -> b.name(name).eventPattern("{\"source\":[\"x\"]}").state("SOMETIMES"))));
        assertEquals("400 ValidationException: 1 validation error detected: Value 'bad name!' at 'name' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+",
                error(() -> events.putRule(b -> b.name("bad name!").eventPattern("{\"source\":[\"x\"]}"))));
        assertTrue(events.listRules(b -> b.namePrefix(name)).rules().isEmpty(), "nothing refused was created");
    }

    static void assertPatternRefused(String rule, String pattern, String reason) {
        EventBridgeException e = assertThrows(EventBridgeException.class, () -> events.putRule(b -> b.name(rule).eventPattern(pattern)), pattern);
        assertEquals(400, e.statusCode(), pattern);
        assertEquals("InvalidEventPatternException", e.awsErrorDetails().errorCode(), pattern);
        assertTrue(e.awsErrorDetails().errorMessage().startsWith("Event pattern is not valid. Reason: " + reason), e.awsErrorDetails().errorMessage());
        EventBridgeException t = assertThrows(EventBridgeException.class,
                () -> events.testEventPattern(b -> b.eventPattern(pattern).event(testEvent("stratus.test", "{}"))), pattern);
        assertEquals("InvalidEventPatternException", t.awsErrorDetails().errorCode(), pattern);
        assertTrue(t.awsErrorDetails().errorMessage().startsWith("Event pattern is not valid. Reason: " + reason), t.awsErrorDetails().errorMessage());
    }

    @Test
    void testEventPatternRefusesEventsWithoutTheEnvelopeFields() {
        String pattern = "{\"body\": {\"test2\": [{\"numeric\": [\">\", 100]}]}}";
        // [LS-patterns] test_invalid_event_payload ({"testEvent": "value"}) and test_plain_string_payload ("plain string").
        assertEquals("400 ValidationException: Parameter Event is not valid.",
                error(() -> events.testEventPattern(b -> b.eventPattern(pattern).event("{\"testEvent\": \"value\"}"))));
        assertEquals("400 ValidationException: Parameter Event is not valid.",
                error(() -> events.testEventPattern(b -> b.eventPattern(pattern).event("plain string"))));
    }

    @Test
    void aRuleThatDoesNotExistIsNotFound() {
        String missing = unique("no-such-rule");
        // [LS-events] test_describe_nonexistent_rule; [Issue-rule] for PutTargets; ListTargetsByRule answers the same.
        String notFound = "400 ResourceNotFoundException: Rule " + missing + " does not exist on EventBus default.";
        assertEquals(notFound, error(() -> events.describeRule(b -> b.name(missing))));
        assertEquals(notFound, error(() -> events.listTargetsByRule(b -> b.rule(missing))));
        Queue q = queue("targets");
        assertEquals(notFound, error(() -> events.putTargets(b -> b.rule(missing).targets(sqsTarget("q", q, t -> { })))));
        // [Docs-API] DeleteRule: deleting a rule that does not exist succeeds.
        events.deleteRule(b -> b.name(missing));
    }

    /** A rule on the default bus for one bad-input test, and a queue to aim at. */
    static String badTargetsRule() {
        String ruleName = unique("targets");
        rule(ruleName, "{\"source\":[\"" + ruleName + "\"]}");
        return ruleName;
    }

    @Test
    void putTargetsRefusesMoreThanFiveTargetsPerRule() {
        String ruleName = badTargetsRule();
        Queue q = queue("limit");
        // [LS-events] test_add_exceed_fife_targets_per_rule: LimitExceededException (7 targets there, 6 here: the quota is 5).
        Target[] six = new Target[6];
        for (int i = 0; i < six.length; i++) {
            int n = i;
            six[i] = sqsTarget("t" + n, q, t -> { });
        }
        assertEquals("400 LimitExceededException: The requested resource exceeds the maximum number allowed.",
                error(() -> events.putTargets(b -> b.rule(ruleName).targets(six))));
        assertTrue(events.listTargetsByRule(b -> b.rule(ruleName)).targets().isEmpty(), "a refused PutTargets adds nothing");
        targets(ruleName, java.util.Arrays.copyOf(six, 5));
        assertEquals("400 LimitExceededException: The requested resource exceeds the maximum number allowed.",
                error(() -> events.putTargets(b -> b.rule(ruleName).targets(sqsTarget("sixth", q, t -> { })))));
        // Replacing one of the five by its Id is no new target.
        targets(ruleName, sqsTarget("t0", q, t -> t.inputPath("$.detail")));
        assertEquals(5, events.listTargetsByRule(b -> b.rule(ruleName)).targets().size());
    }

    @Test
    void putTargetsRefusesAnInvalidTargetId() {
        String ruleName = badTargetsRule();
        Queue q = queue("id");
        // [LS-events] test_put_target_id_validation: the list member is named "targets.1.member.id".
        assertEquals("400 ValidationException: 1 validation error detected: Value '!@#$@!#$' at 'targets.1.member.id' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+",
                error(() -> events.putTargets(b -> b.rule(ruleName).targets(sqsTarget("!@#$@!#$", q, t -> { })))));
    }

    @Test
    void putTargetsRefusesTwoKindsOfInputForOneTarget() {
        String ruleName = badTargetsRule();
        Queue q = queue("two-inputs");
        // [LS-inputs] test_put_event_input_path_and_input_transformer: the request is refused (ClientError), not an entry.
        assertEquals("400 ValidationException: Only one of Input, InputPath, or InputTransformer must be provided for target both.",
                error(() -> events.putTargets(b -> b.rule(ruleName).targets(sqsTarget("both", q, t -> t.inputPath("$.detail")
                        .inputTransformer(InputTransformer.builder().inputPathsMap(Map.of("c", "$.detail.command")).inputTemplate("{\"c\": <c>}").build()))))));
        assertTrue(events.listTargetsByRule(b -> b.rule(ruleName)).targets().isEmpty());
    }

    @Test
    void putTargetsRefusesAnInputTemplateWithAnUndefinedPlaceholder() {
        String ruleName = badTargetsRule();
        Queue q = queue("placeholder");
        // [LS-inputs] test_put_events_with_input_transformer_missing_keys.
        assertEquals("400 ValidationException: InputTemplate for target undefined contains invalid placeholder notdefinedkey.",
                error(() -> events.putTargets(b -> b.rule(ruleName).targets(sqsTarget("undefined", q, t -> t.inputTransformer(InputTransformer.builder()
                        .inputPathsMap(Map.of("detail-type", "$.detail-type")).inputTemplate("\"Event of <detail-type> type, with not defined key <notdefinedkey>\"")
                        .build()))))));
        assertTrue(events.listTargetsByRule(b -> b.rule(ruleName)).targets().isEmpty());
    }

    @Test
    void putTargetsRefusesAFifoQueueWithoutSqsParameters() {
        String ruleName = badTargetsRule();
        // [Issue-fifo] a FIFO queue target without SqsParameters refuses the request (HTTP 400), not one entry.
        Queue fifo = queue("fifo-bad", Map.of(QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"));
        assertEquals("400 ValidationException: Parameter(s) SqsParameters must be specified for target: fifo.",
                error(() -> events.putTargets(b -> b.rule(ruleName).targets(sqsTarget("fifo", fifo, t -> { })))));
        assertTrue(events.listTargetsByRule(b -> b.rule(ruleName)).targets().isEmpty());
    }

    @Test
    void aRuleWithTargetsCannotBeDeleted() {
        String ruleName = badTargetsRule();
        Queue q = queue("delete");
        targets(ruleName, sqsTarget("q", q, t -> { }));
        // [LS-events] test_delete_rule_with_targets.
        assertEquals("400 ValidationException: Rule can't be deleted since it has targets.", error(() -> events.deleteRule(b -> b.name(ruleName))));
        assertEquals(ruleName, events.describeRule(b -> b.name(ruleName)).name());
        events.removeTargets(b -> b.rule(ruleName).ids("q"));
        events.deleteRule(b -> b.name(ruleName));
        assertEquals("400 ResourceNotFoundException: Rule " + ruleName + " does not exist on EventBus default.",
                error(() -> events.describeRule(b -> b.name(ruleName))));
    }

    @Test
    void busesRefuseDuplicatesAndTheDefaultBusCannotBeDeleted() {
        String bus = unique("dup");
        events.createEventBus(b -> b.name(bus));
        // [LS-events] test_create_multiple_event_buses_same_name.
        assertEquals("400 ResourceAlreadyExistsException: Event bus " + bus + " already exists.", error(() -> events.createEventBus(b -> b.name(bus))));
        // [LS-events] test_delete_default_event_bus.
        assertEquals("400 ValidationException: Cannot delete event bus default.", error(() -> events.deleteEventBus(b -> b.name("default"))));
        events.deleteEventBus(b -> b.name(bus));
    }

    // ---------------------------------------------------------------------------------------------
    // Bus policies (kept as AWS writes them; nothing enforces them before Stratus has IAM)
    // ---------------------------------------------------------------------------------------------

    static String busArn(String bus) {
        return "arn:aws:events:" + REGION + ":" + ACCOUNT + ":event-bus/" + bus;
    }

    /** The statement PutPermission writes for an account or "*", with an optional organization condition. */
    static String statement(String sid, String principal, String bus, String orgId) {
        return "{\"Sid\":\"" + sid + "\",\"Effect\":\"Allow\",\"Principal\":"
                + (principal.equals("*") ? "\"*\"" : "{\"AWS\":\"arn:aws:iam::" + principal + ":root\"}")
                + ",\"Action\":\"events:PutEvents\",\"Resource\":\"" + busArn(bus) + "\""
                + (orgId == null ? "" : ",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"" + orgId + "\"}}") + "}";
    }

    static JsonNode policy(String... statements) {
        return json("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}");
    }

    static JsonNode describedPolicy(String bus) {
        String policy = events.describeEventBus(b -> b.name(bus)).policy();
        return policy == null ? null : json(policy);
    }

    @Test
    void putPermissionWritesStatementsAsAwsDoesAndRemovePermissionTakesThemOut() {
        String bus = unique("policy");
        events.createEventBus(b -> b.name(bus));
        // [LS-permission] a new bus has no Policy.
        assertNull(events.describeEventBus(b -> b.name(bus)).policy());
        events.putPermission(b -> b.eventBusName(bus).action("events:PutEvents").principal("111122223333").statementId("partner"));
        events.putPermission(b -> b.eventBusName(bus).action("events:PutEvents").principal("444455556666").statementId("other"));
        // [LS-permission] "*" is accepted without a Condition; [TF-permission] the organization condition's form.
        events.putPermission(b -> b.eventBusName(bus).action("events:PutEvents").principal("*").statementId("org")
                .condition(c -> c.type("StringEquals").key("aws:PrincipalOrgID").value("o-1234567890")));
        assertEquals(policy(statement("partner", "111122223333", bus, null), statement("other", "444455556666", bus, null),
                statement("org", "*", bus, "o-1234567890")), describedPolicy(bus));

        // [TF-permission] the same StatementId again replaces that statement; [LS-permission] it is not added twice.
        events.putPermission(b -> b.eventBusName(bus).action("events:PutEvents").principal("*").statementId("partner"));
        assertEquals(policy(statement("partner", "*", bus, null), statement("other", "444455556666", bus, null),
                statement("org", "*", bus, "o-1234567890")), describedPolicy(bus));

        // [LS-permission] test_remove_permission: the other statements stay.
        events.removePermission(b -> b.eventBusName(bus).statementId("partner").removeAllPermissions(false));
        assertEquals(policy(statement("other", "444455556666", bus, null), statement("org", "*", bus, "o-1234567890")), describedPolicy(bus));
        events.removePermission(b -> b.eventBusName(bus).removeAllPermissions(true));
        assertNull(events.describeEventBus(b -> b.name(bus)).policy());
        events.deleteEventBus(b -> b.name(bus));
    }

    @Test
    void aPolicyDocumentReplacesTheDefaultBussPolicyAndDeletingABusDropsItsPolicy() {
        String document = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"whole\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"events.amazonaws.com\"},\"Action\":\"events:ListRules\",\"Resource\":\"*\"}]}";
        // Without EventBusName, the default bus ([Docs-permission] "If you omit this, the default event bus is used").
        events.putPermission(b -> b.action("events:PutEvents").principal("111122223333").statementId("before"));
        assertEquals(policy(statement("before", "111122223333", "default", null)), describedPolicy("default"));
        // [LS-permission] put-permission-policy: the document, as given, is the whole policy now.
        events.putPermission(b -> b.policy(document));
        assertEquals(json(document), describedPolicy("default"));
        events.removePermission(b -> b.removeAllPermissions(true));
        assertNull(events.describeEventBus(b -> { }).policy());

        String bus = unique("dropped");
        events.createEventBus(b -> b.name(bus));
        events.putPermission(b -> b.eventBusName(bus).action("events:PutEvents").principal("111122223333").statementId("gone"));
        events.deleteEventBus(b -> b.name(bus));
        events.createEventBus(b -> b.name(bus));
        assertNull(events.describeEventBus(b -> b.name(bus)).policy(), "a bus made again under the name starts without the old policy");
        events.deleteEventBus(b -> b.name(bus));
    }

    @Test
    void putPermissionAndRemovePermissionRefuseBadInput() {
        String missing = unique("no-such-bus");
        // [LS-permission] test_put_permission_non_existing_event_bus; RemovePermission looks the bus up the same way.
        assertEquals("400 ResourceNotFoundException: Event bus " + missing + " does not exist.",
                error(() -> events.putPermission(b -> b.eventBusName(missing).action("events:PutEvents").principal("*").statementId("s"))));
        assertEquals("400 ResourceNotFoundException: Event bus " + missing + " does not exist.",
                error(() -> events.removePermission(b -> b.eventBusName(missing).statementId("s"))));
        // The model's patterns, in AWS's "1 validation error detected" form ([LS-events] test_create_connection_validations).
        assertEquals("400 ValidationException: 1 validation error detected: Value 'bad id!' at 'statementId' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+",
                error(() -> events.putPermission(b -> b.action("events:PutEvents").principal("*").statementId("bad id!"))));
        assertEquals("400 ValidationException: 1 validation error detected: Value 'abcdefghijkl' at 'principal' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: (\\d{12}|\\*)",
                error(() -> events.putPermission(b -> b.action("events:PutEvents").principal("abcdefghijkl").statementId("s"))));
        // [Docs-permission] only events:PutEvents; the text is [moto]'s.
        assertEquals("400 ValidationException: Provided value in parameter 'action' is not supported.",
                error(() -> events.putPermission(b -> b.action("events:ListRules").principal("*").statementId("s"))));
        // [moto]
        assertEquals("400 ValidationException: This policy contains invalid Json", error(() -> events.putPermission(b -> b.policy("{\"Version\":"))));
        // [Docs-permission] 10 KB at most.
        String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + "s".repeat(10 * 1024) + "\"}]}";
        EventBridgeException tooLong = assertThrows(EventBridgeException.class, () -> events.putPermission(b -> b.policy(big)));
        assertEquals(400, tooLong.statusCode());
        assertEquals("PolicyLengthExceededException", tooLong.awsErrorDetails().errorCode());

        String bus = unique("refusals");
        events.createEventBus(b -> b.name(bus));
        // [LS-permission] test_remove_permission_non_existing_sid[False-custom]: the same answer without any policy ...
        assertEquals("400 ResourceNotFoundException: Statement with the provided id does not exist.",
                error(() -> events.removePermission(b -> b.eventBusName(bus).statementId("non-existing-sid"))));
        // ... and [True-custom] with one that lacks the statement.
        events.putPermission(b -> b.eventBusName(bus).action("events:PutEvents").principal("111122223333").statementId("kept"));
        assertEquals("400 ResourceNotFoundException: Statement with the provided id does not exist.",
                error(() -> events.removePermission(b -> b.eventBusName(bus).statementId("non-existing-sid"))));
        assertEquals(policy(statement("kept", "111122223333", bus, null)), describedPolicy(bus), "nothing refused changed the policy");
        events.removePermission(b -> b.eventBusName(bus).removeAllPermissions(true));
        // [LS-permission] an error without a policy; the text is [moto]'s.
        assertEquals("400 ResourceNotFoundException: EventBus does not have a policy.",
                error(() -> events.removePermission(b -> b.eventBusName(bus).removeAllPermissions(true))));
        events.deleteEventBus(b -> b.name(bus));
    }
}
