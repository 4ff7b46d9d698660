package dev.stratus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.events.api.PutRuleRequest;
import dev.stratus.events.api.PutTargetsRequest;
import dev.stratus.events.api.Target;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Queues;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.SqsService;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AWS services' events on the default bus, through the port: routed in the caller's transaction. */
class ServiceEventsTest {
    static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:000000000000:changes";
    final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T08:30:00.250Z").toEpochMilli());
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final EventsService events = new EventsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final ServiceEvents port = events.serviceEvents();
    final RequestContext ctx = new RequestContext("r", "events", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));
    final ServiceEvents.Event stopped = new ServiceEvents.Event("aws.ec2", "EC2 Instance State-change Notification", "000000000000", "us-east-1",
            List.of("arn:aws:ec2:us-east-1:000000000000:instance/i-0abc"), Json.parse("{\"instance-id\":\"i-0abc\",\"state\":\"stopped\"}"));

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    void ruleToQueue(String pattern) {
        sqs.createQueue(ctx, new CreateQueueRequest("changes", null, null));
        events.putRule(ctx, new PutRuleRequest("restart", null, pattern, null, null, null, null, null));
        events.putTargets(ctx, new PutTargetsRequest("restart", null, List.of(new Target("q", QUEUE_ARN, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null))));
        jobs.start();
    }

    /** The queue's messages once every owed delivery is made (the job table empties). */
    List<JsonNode> delivered() throws InterruptedException {
        for (int i = 0; i < 1000 && store.read(tx -> tx.sql("SELECT 1 FROM stratus_job").executeQuery().next()); i++) {
            Thread.sleep(10);
        }
        return sqs.receive(ctx.principal(), QUEUE_ARN, 10, 0).stream().map(Queues.ReceivedMessage::body).map(Json::parse).toList();
    }

    @Test
    void aServiceEventReachesTheRulesItMatchesInAwsEnvelope() throws Exception {
        ruleToQueue("{\"source\":[\"aws.ec2\"],\"detail\":{\"state\":[\"stopped\"]}}");
        store.write(tx -> {
            port.put(tx, stopped);
            return null;
        });
        List<JsonNode> got = delivered();
        assertEquals(1, got.size());
        JsonNode e = got.get(0);
        assertEquals("0", e.get("version").asText());
        assertEquals("EC2 Instance State-change Notification", e.get("detail-type").asText());
        assertEquals("aws.ec2", e.get("source").asText());
        assertEquals("000000000000", e.get("account").asText());
        assertEquals("2026-12-06T08:30:00Z", e.get("time").asText());
        assertEquals("us-east-1", e.get("region").asText());
        assertEquals("arn:aws:ec2:us-east-1:000000000000:instance/i-0abc", e.at("/resources/0").asText());
        assertEquals("stopped", e.at("/detail/state").asText());
        List<String> keys = new java.util.ArrayList<>();
        e.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail"), keys);
    }

    @Test
    void anEventPutInATransactionThatFailsIsNeverDelivered() throws Exception {
        ruleToQueue("{\"source\":[\"aws.ec2\"]}");
        assertThrows(IllegalStateException.class, () -> store.write(tx -> {
            port.put(tx, stopped);
            throw new IllegalStateException("the change the event reports did not happen");
        }));
        assertEquals(List.of(), delivered());
    }

    @Test
    void anEventNoRuleMatchesOwesNothing() throws Exception {
        ruleToQueue("{\"source\":[\"aws.autoscaling\"]}");
        store.write(tx -> {
            port.put(tx, stopped);
            return null;
        });
        assertEquals(List.of(), delivered());
    }

    @Test
    void readOnlyCloudTrailEventsReachOnlyRulesEnabledForAllManagementEvents() throws Exception {
        ruleToQueue("{\"source\":[\"aws.iam\"],\"detail-type\":[\"AWS API Call via CloudTrail\"]}");
        events.putRule(ctx, new PutRuleRequest("everything", null, "{\"source\":[\"aws.iam\"]}", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS",
                null, null, null, null));
        events.putTargets(ctx, new PutTargetsRequest("everything", null, List.of(new Target("q", QUEUE_ARN, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null))));
        store.write(tx -> {
            for (String call : List.of("{\"eventName\":\"GetUser\",\"readOnly\":true}", "{\"eventName\":\"CreateUser\",\"readOnly\":false}")) {
                port.put(tx, new ServiceEvents.Event("aws.iam", "AWS API Call via CloudTrail", "000000000000", "us-east-1", List.of(), Json.parse(call)));
            }
            return null;
        });
        List<String> names = delivered().stream().map(e -> e.at("/detail/eventName").asText()).sorted().toList();
        // CreateUser reaches both rules; GetUser only the one that asked for read-only management events.
        assertEquals(List.of("CreateUser", "CreateUser", "GetUser"), names);
    }
}
