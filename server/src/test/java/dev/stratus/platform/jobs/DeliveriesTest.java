package dev.stratus.platform.jobs;

import static dev.stratus.platform.jobs.JobsTest.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.protocol.Principal;
import dev.stratus.protocol.AwsException;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries' retries, ages and dead letters, to destinations the test registers in place of the services'. */
class DeliveriesTest {
    static final String BUS = "arn:aws:events:us-east-1:000000000000:event-bus/elsewhere";
    static final String DLQ = "arn:aws:sqs:us-east-1:000000000000:dlq";
    final ManualClock clock = new ManualClock(1_000_000);
    final SqliteStore store = SqliteStore.inMemory();
    final Jobs jobs = new Jobs(store, clock);
    /** What the queues got. */
    final List<Delivery> queued = new CopyOnWriteArrayList<>();
    final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void destinations() {
        jobs.register("sqs", null, d -> {
            queued.add(d);
            return List.of();
        });
    }

    @AfterEach
    void close() {
        jobs.close();
        store.close();
    }

    /** A destination for {@code service} that fails every attempt with {@code code}. */
    void failing(String service, String code) {
        jobs.register(service, null, d -> {
            attempts.incrementAndGet();
            throw new AwsException(code, "attempt " + attempts.get() + " failed");
        });
    }

    void owe(Delivery d) {
        store.write(tx -> {
            jobs.owe(tx, d);
            return null;
        });
    }

    static final Principal EVENTBRIDGE = Principal.service("events.amazonaws.com");
    static final String RULE = "arn:aws:events:us-east-1:000000000000:rule/r";

    static Delivery toBus(int maxRetries, int maxAgeSeconds) {
        return new Delivery(BUS, "{\"n\":1}", null, null, null, maxRetries, maxAgeSeconds, DLQ, Map.of("RULE_ARN", "rule", "TARGET_ARN", BUS), null,
                EVENTBRIDGE, RULE);
    }

    /** Moves the clock by {@code ms} and runs one pass; answers how many jobs ran. */
    int after(long ms) {
        clock.advance(ms);
        return pass(jobs).size();
    }

    @Test
    void aFailingDeliveryIsRetriedAfterDoublingDelaysThenDeadLetteredWithWhatFailed() {
        failing("events", "ThrottlingException");
        owe(toBus(2, 86_400));
        assertEquals(1, after(0));
        assertEquals(0, after(999));
        assertEquals(1, after(1));
        assertEquals(0, after(1_999));
        assertEquals(1, after(1), "the second retry after 2 s");
        assertEquals(3, attempts.get());
        assertEquals(List.of(), queued, "the dead letter is owed with the outcome, then delivered as a job of its own");
        assertEquals(1, after(0));
        Delivery dead = queued.get(0);
        assertEquals(DLQ, dead.destination());
        assertEquals("{\"n\":1}", dead.payload());
        assertEquals(java.util.Set.of("RULE_ARN", "TARGET_ARN", "ERROR_CODE", "ERROR_MESSAGE"), dead.attributes().keySet());
        assertEquals("rule", dead.attributes().get("RULE_ARN").stringValue());
        assertEquals("ThrottlingException", dead.attributes().get("ERROR_CODE").stringValue());
        assertEquals("attempt 3 failed", dead.attributes().get("ERROR_MESSAGE").stringValue());
        assertEquals("String", dead.attributes().get("ERROR_MESSAGE").dataType());
        assertNull(dead.groupId());
        assertEquals(EVENTBRIDGE, dead.caller(), "the dead letter is sent by who owed the delivery");
        assertEquals(0, after(3_600_000), "nothing more is owed");
    }

    @Test
    void theWatcherOfTheSourcesServiceIsToldOfEachAttemptAndOfTheDeadLetter() {
        List<String> seen = new CopyOnWriteArrayList<>();
        jobs.watchDeliveries("events", (d, deadLetter, attempt) -> seen.add((deadLetter ? "dead-letter " : "") + attempt));
        jobs.watchDeliveries("sns", (d, deadLetter, attempt) -> seen.add("not the source's service"));
        failing("events", "ThrottlingException");
        owe(toBus(1, 86_400));
        after(0);
        after(1_000);
        after(0);
        assertEquals(List.of("RETRYING", "FAILED", "dead-letter DELIVERED"), seen);
    }

    @Test
    void aDeliveryWhoseNextRetryWouldComePastItsMaximumAgeIsDeadLettered() {
        failing("events", "ThrottlingException");
        owe(toBus(185, 5));
        after(0);
        after(1_000);
        after(2_000);
        assertEquals(3, attempts.get(), "a retry 4 s after the third attempt would come 7 s after the event, past its 5 s");
        after(0);
        assertEquals(1, queued.size());
    }

    @Test
    void anErrorARetryCannotMendDeadLettersAtOnce() {
        failing("events", "ResourceNotFoundException");
        owe(toBus(185, 86_400));
        after(0);
        after(0);
        assertEquals(1, attempts.get());
        assertEquals("ResourceNotFoundException", queued.get(0).attributes().get("ERROR_CODE").stringValue());
    }

    @Test
    void anHttpDeliveryWaitsTheDelaysItsPolicyNames() {
        failing("https", "EndpointError");
        owe(new Delivery("https://example.test/hook", "hello", null, null, null, 2, 86_400, null, Map.of(),
                new Delivery.Http(Map.of("Content-Type", "text/plain"), List.of(3, 7)), Principal.service("sns.amazonaws.com"), "arn:aws:sns:us-east-1:000000000000:t"));
        after(0);
        assertEquals(0, after(2_999));
        assertEquals(1, after(1));
        assertEquals(0, after(6_999));
        assertEquals(1, after(1));
        assertEquals(3, attempts.get());
        assertEquals(0, after(3_600_000), "retries spent, and no dead-letter queue: dropped");
    }

    @Test
    void aFifoDeadLetterQueueGetsItsMessagesInTheDeadLetterGroup() {
        failing("events", "InvalidEvent");
        owe(new Delivery(BUS, "x", null, null, null, 0, 60, DLQ + ".fifo", Map.of(), null, EVENTBRIDGE, RULE));
        after(0);
        after(0);
        assertEquals("dead-letter", queued.get(0).groupId());
    }

    @Test
    void aDestinationOfAServiceNobodyServesIsNotImplemented() {
        owe(new Delivery("arn:aws:kinesis:us-east-1:000000000000:stream/s", "x", null, null, null, 185, 86_400, DLQ, Map.of(), null, EVENTBRIDGE, RULE));
        after(0);
        after(0);
        assertEquals("NotImplemented", queued.get(0).attributes().get("ERROR_CODE").stringValue());
    }

    @Test
    void whatADestinationOwesInTurnIsWrittenWithTheDelivery() {
        List<String> invoked = new CopyOnWriteArrayList<>();
        jobs.register("lambda", null, d -> List.of(new Jobs.Owed("invoke", d.payload(), null, null)));
        jobs.handle("invoke", job -> {
            invoked.add(job.spec());
            return new Outcome.Done(List.of());
        });
        owe(Delivery.once(EVENTBRIDGE, RULE, "arn:aws:lambda:us-east-1:000000000000:function:f", "event", null, null));
        after(0);
        after(0);
        assertEquals(List.of("event"), invoked);
    }

    @Test
    void aQueuesMessageGroupSharesALane() {
        Jobs.Owed owed = Jobs.Owed.delivery(Delivery.once(EVENTBRIDGE, RULE, DLQ + ".fifo", "x", null, "g"));
        assertEquals(DLQ + ".fifo|g", owed.lane());
        assertNull(Jobs.Owed.delivery(Delivery.once(EVENTBRIDGE, RULE, DLQ, "x", null, null)).lane());
    }

    @Test
    void deliveriesTheFirstVersionsOwedAreDeliveredAfterAnUpgrade() {
        try (SqliteStore old = SqliteStore.inMemory()) {
            old.migrate("outbox", Deliveries.OUTBOX_MIGRATIONS.subList(0, 1));
            old.write(tx -> tx.update("INSERT INTO outbox_delivery (delivery, first_at, attempts, running) VALUES (?, ?, ?, ?)",
                    "{\"destination\":\"" + DLQ + "\",\"payload\":\"raw\",\"attributes\":{\"a\":{\"StringValue\":\"v\",\"DataType\":\"String\"}},"
                            + "\"maxRetries\":100015,\"maxAgeSeconds\":1987200,\"deadLetterAttributes\":{}}", 5L, 2L, 1L));
            try (Jobs upgraded = new Jobs(old, clock)) {
                upgraded.register("sqs", null, d -> {
                    queued.add(d);
                    return List.of();
                });
                assertEquals(1, pass(upgraded).size());
            }
            assertEquals("raw", queued.get(0).payload());
            assertEquals("v", queued.get(0).attributes().get("a").stringValue());
            assertEquals(0L, (long) old.read(tx -> {
                try (var rs = tx.sql("SELECT COUNT(*) FROM stratus_job").executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
        }
    }

    @Test
    void aDeliveryItsCallerMayNotMakeIsDeadLetteredAtOnceWithoutReachingItsDestinationWhateverTheRefusalsCode() {
        List<String> asked = new CopyOnWriteArrayList<>();
        try (SqliteStore own = SqliteStore.inMemory(); Jobs guarded = new Jobs(own, clock, (caller, action, resource, context) -> {
            asked.add(caller.id() + " " + action + " " + resource + " " + context);
            if (resource.contains(":function:")) {
                throw new AwsException("AccessDenied", "not allowed", 403);
            }
        })) {
            guarded.register("sqs", "sqs:SendMessage", d -> {
                queued.add(d);
                return List.of();
            });
            guarded.register("lambda", "lambda:InvokeFunction", d -> {
                attempts.incrementAndGet();
                return List.of();
            });
            String function = "arn:aws:lambda:us-east-1:000000000000:function:f";
            own.write(tx -> {
                guarded.owe(tx, new Delivery(function, "event", null, null, null, 185, 86_400, DLQ, Map.of("RULE_ARN", RULE, "TARGET_ARN", function),
                        null, EVENTBRIDGE, RULE));
                return null;
            });
            pass(guarded);
            pass(guarded);
            assertEquals(0, attempts.get());
            assertEquals(1, queued.size());
            assertEquals("AccessDenied", queued.get(0).attributes().get("ERROR_CODE").stringValue(), "whatever code the destination's service refuses with");
            String source = "{aws:SourceArn=[" + RULE + "], aws:SourceAccount=[000000000000]}";
            assertEquals(List.of("events.amazonaws.com lambda:InvokeFunction " + function + " " + source,
                    "events.amazonaws.com sqs:SendMessage " + DLQ + " " + source), asked);
        }
    }

    @Test
    void aSourceWhoseArnNamesNoAccountIsCheckedWithTheAccountTheDeliveryNames() {
        List<String> asked = new CopyOnWriteArrayList<>();
        try (SqliteStore own = SqliteStore.inMemory(); Jobs guarded = new Jobs(own, clock, (caller, action, resource, context) ->
                asked.add(caller.id() + " " + action + " " + context))) {
            guarded.register("sqs", "sqs:SendMessage", d -> List.of());
            own.write(tx -> {
                guarded.owe(tx, new Delivery(DLQ, "{}", null, null, null, 0, 60, null, Map.of(), null, Principal.service("s3.amazonaws.com"),
                        "arn:aws:s3:::photos", null, "000000000000"));
                return null;
            });
            pass(guarded);
            assertEquals(List.of("s3.amazonaws.com sqs:SendMessage {aws:SourceArn=[arn:aws:s3:::photos], aws:SourceAccount=[000000000000]}"), asked);
        }
    }

    @Test
    void theServiceOfADestinationIsItsArnsOrItsUrlsScheme() {
        assertEquals("sqs", Deliveries.service(DLQ));
        assertEquals("events", Deliveries.service(BUS));
        assertEquals("lambda", Deliveries.service("arn:aws-cn:lambda:cn-north-1:000000000000:function:f:live"));
        assertEquals("https", Deliveries.service("https://example.test/x"));
        assertNull(Deliveries.service("mailto:someone@example.test"));
    }
}
