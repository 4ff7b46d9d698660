package dev.stratus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.port.Queues;
import dev.stratus.protocol.Principal;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.events.api.DisableRuleRequest;
import dev.stratus.events.api.PutRuleRequest;
import dev.stratus.events.api.PutTargetsRequest;
import dev.stratus.events.api.Target;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.SqsService;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scheduled rules, driven by a clock the test moves: each fire at its time, in UTC, and no drift. */
class ScheduledRulesTest {
    static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:000000000000:ticks";
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T10:00:00Z").toEpochMilli());
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final EventsService events = new EventsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final RequestContext ctx = new RequestContext("r", "events", "op", "us-east-1", "000000000000", "test", "localhost:4566", new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    void rule(String name, String schedule) {
        timers.start();
        jobs.start();
        sqs.createQueue(ctx, new CreateQueueRequest("ticks", null, null));
        events.putRule(ctx, new PutRuleRequest(name, schedule, null, null, null, null, null, null));
        events.putTargets(ctx, new PutTargetsRequest(name, null, List.of(new Target("q", QUEUE_ARN, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null))));
    }

    /**
     * Moves the clock to {@code iso} and returns the events that arrive: once no timer is due and no
     * delivery is owed, whatever fired is in the queue, so "nothing fired" is known, not guessed from a wait.
     */
    List<JsonNode> at(String iso) throws Exception {
        clock.advance(Instant.parse(iso).toEpochMilli() - clock.millis());
        timers.wake();
        long until = System.nanoTime() + 10_000_000_000L;
        while (busy() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertTrue(!busy(), "timers and deliveries drained within 10 s");
        List<JsonNode> out = new ArrayList<>();
        for (List<Queues.ReceivedMessage> got = sqs.receive(ctx.principal(), QUEUE_ARN, 10, 0); !got.isEmpty();
             got = sqs.receive(ctx.principal(), QUEUE_ARN, 10, 0)) {
            got.forEach(m -> out.add(Json.parse(m.body())));
            sqs.delete(ctx.principal(), QUEUE_ARN, got.stream().map(Queues.ReceivedMessage::receiptHandle).toList());
        }
        return out;
    }

    /** A timer is due or a delivery is still owed. */
    boolean busy() {
        return store.read(tx -> {
            PreparedStatement due = tx.sql("SELECT (SELECT COUNT(*) FROM stratus_timer WHERE due_at <= ?) + (SELECT COUNT(*) FROM stratus_job)");
            due.setLong(1, clock.millis());
            try (ResultSet rs = due.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        });
    }

    @Test
    void aRateFiresEveryPeriodWithAwsScheduledEvent() throws Exception {
        rule("every-minute", "rate(1 minute)");
        assertEquals(List.of(), at("2026-11-24T10:00:59Z"));
        List<JsonNode> first = at("2026-11-24T10:01:00Z");
        assertEquals(1, first.size());
        JsonNode e = first.get(0);
        assertEquals("Scheduled Event", e.get("detail-type").asText());
        assertEquals("aws.events", e.get("source").asText());
        assertEquals("2026-11-24T10:01:00Z", e.get("time").asText());
        assertEquals("arn:aws:events:us-east-1:000000000000:rule/every-minute", e.at("/resources/0").asText());
        assertEquals("{}", e.get("detail").toString());
        assertEquals("2026-11-24T10:02:00Z", at("2026-11-24T10:02:00.500Z").get(0).get("time").asText(), "the next counts from the due time");
        assertEquals(1, at("2026-11-24T10:09:30Z").size(), "fires missed meanwhile come as one");
        assertEquals("2026-11-24T10:10:00Z", at("2026-11-24T10:10:00Z").get(0).get("time").asText(), "then the schedule goes on");
        events.disableRule(ctx, new DisableRuleRequest("every-minute", null));
        assertEquals(List.of(), at("2026-11-24T10:15:00Z"), "a disabled rule does not fire");
    }

    @Test
    void aCronFiresAtItsMinuteInUtc() throws Exception {
        rule("stop-at-2050", "cron(50 20 * * ? *)");
        assertEquals(List.of(), at("2026-11-24T20:49:59Z"));
        List<JsonNode> fired = at("2026-11-24T20:50:00Z");
        assertEquals(1, fired.size());
        assertEquals("2026-11-24T20:50:00Z", fired.get(0).get("time").asText());
        assertTrue(at("2026-11-25T20:49:00Z").isEmpty());
        assertEquals("2026-11-25T20:50:00Z", at("2026-11-25T20:50:00Z").get(0).get("time").asText());
    }
}
