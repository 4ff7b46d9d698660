package dev.stratus.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.platform.jobs.Delivery;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.scheduler.Invocations.Invocation;
import dev.stratus.scheduler.api.DeadLetterConfig;
import dev.stratus.scheduler.api.EventBridgeParameters;
import dev.stratus.scheduler.api.RetryPolicy;
import dev.stratus.scheduler.api.Target;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvocationsTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/path/runner";
    static final String SCHEDULE = "arn:aws:scheduler:us-east-1:111122223333:schedule/default/s";

    static Invocation of(Target t) {
        return new Invocation(SCHEDULE, "111122223333", "us-east-1", t, Instant.parse("2026-03-01T12:00:00Z").toEpochMilli(), "0123456789abcdef");
    }

    @Test
    void aTemplatedTargetTakesItsInputWithContextAndItsRetryLimits() {
        Target t = new Target("arn:aws:lambda:us-east-1:111122223333:function:f", new DeadLetterConfig("arn:aws:sqs:us-east-1:111122223333:dlq"), null,
                null, "{\"at\":\"<aws.scheduler.scheduled-time>\",\"id\":\"<aws.scheduler.execution-id>\"}", null, new RetryPolicy(120, 3), ROLE,
                null, null);
        Principal session = Firing.session(of(t));
        Delivery d = Invocations.delivery(of(t), session);
        assertEquals("{\"at\":\"2026-03-01T12:00:00Z\",\"id\":\"0123456789abcdef\"}", d.payload());
        assertEquals(3, d.maxRetries());
        assertEquals(120, d.maxAgeSeconds());
        assertEquals("arn:aws:sqs:us-east-1:111122223333:dlq", d.deadLetterArn());
        assertEquals("arn:aws:sts::111122223333:assumed-role/runner/0123456789abcdef", d.caller().id());
        assertEquals(SCHEDULE, d.source());
    }

    @Test
    void anEventBridgeTargetPutsAnEventWhoseDetailIsTheInput() {
        Target t = new Target("arn:aws:events:us-east-1:111122223333:event-bus/default", null, null, new EventBridgeParameters("Tick", "my.app"),
                "{\"n\":1}", null, null, ROLE, null, null);
        var event = Json.parse(Invocations.delivery(of(t), null).payload());
        assertEquals("Tick", event.get("detail-type").asText());
        assertEquals("my.app", event.get("source").asText());
        assertEquals(1, event.at("/detail/n").asInt());
        assertEquals(SCHEDULE, event.at("/resources/0").asText());
    }

    @Test
    void universalTargetsBecomeTheDeliveryTheirRequestStandsFor() {
        Target sqs = new Target("arn:aws:scheduler:::aws-sdk:sqs:sendMessage", null, null, null,
                "{\"QueueUrl\":\"https://sqs.eu-west-1.amazonaws.com/111122223333/q\",\"MessageBody\":\"hi\"}", null, null, ROLE, null, null);
        Delivery d = Invocations.delivery(of(sqs), null);
        assertEquals("arn:aws:sqs:eu-west-1:111122223333:q", d.destination());
        assertEquals("hi", d.payload());
        Target sns = new Target("arn:aws:scheduler:::aws-sdk:sns:publish", null, null, null,
                "{\"TopicArn\":\"arn:aws:sns:us-east-1:111122223333:t\",\"Message\":\"m\",\"Subject\":\"s\"}", null, null, ROLE, null, null);
        Delivery p = Invocations.delivery(of(sns), null);
        assertEquals("arn:aws:sns:us-east-1:111122223333:t", p.destination());
        assertEquals("s", p.subject());
        Target bad = new Target("arn:aws:scheduler:::aws-sdk:sqs:sendMessage", null, null, null, "{\"MessageBody\":\"hi\"}", null, null, ROLE, null,
                null);
        assertEquals("ValidationException", assertThrows(AwsException.class, () -> Invocations.delivery(of(bad), null)).code());
    }
}
