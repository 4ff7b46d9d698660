package dev.stratus.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Queues;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.api.CreateTopicInput;
import dev.stratus.sns.api.SubscribeInput;
import dev.stratus.sqs.SqsService;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A delivery another service owes a topic (Auto Scaling's notifications) is published with the Subject it carries. */
class OwedPublishSubjectTest {
    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:owed";
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final SnsService sns = new SnsService(store, clock, timers, jobs, () -> "http://localhost:4566", new dev.stratus.platform.port.RecordedMetrics());
    final Principal root = new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000");
    final RequestContext ctx = new RequestContext("r", "sns", "op", "us-east-1", "000000000000", "test", "localhost:4566", root);

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    @Test
    void theSubjectOfAnOwedDeliveryIsTheMessagesSubject() throws Exception {
        timers.start();
        jobs.start();
        sqs.createQueue(ctx, new CreateQueueRequest("owed", null, null));
        String topic = sns.createTopic(ctx, new CreateTopicInput("news", null, null, null)).topicArn();
        sns.subscribe(ctx, new SubscribeInput(topic, "sqs", QUEUE, null, null));
        store.write(tx -> {
            jobs.owe(tx, new Delivery(topic, "{\"Event\":\"x\"}", null, null, null, 0, 60, null, Map.of(), null, null, null, "Auto Scaling: launch for group \"web\""));
            jobs.owe(tx, new Delivery(topic, "plain", null, null, null, 0, 60, null, Map.of(), null, null, null));
            return null;
        });
        List<JsonNode> got = new java.util.ArrayList<>();
        long until = System.nanoTime() + 10_000_000_000L;
        while (got.size() < 2 && System.nanoTime() < until) {
            for (Queues.ReceivedMessage m : sqs.receive(root, QUEUE, 10, 0)) {
                got.add(Json.parse(m.body()));
            }
            Thread.sleep(10);
        }
        assertEquals(2, got.size());
        JsonNode notice = got.stream().filter(m -> m.path("Message").asText().startsWith("{")).findFirst().orElseThrow();
        JsonNode plain = got.stream().filter(m -> m.path("Message").asText().equals("plain")).findFirst().orElseThrow();
        assertEquals("Auto Scaling: launch for group \"web\"", notice.path("Subject").asText());
        assertEquals("", plain.path("Subject").asText(""), "no Subject when the delivery has none");
    }
}
