package dev.stratus.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.sqs.api.SetQueueAttributesRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** IAM reads a queue's policy by its ARN: the queue's Policy attribute as it is now. */
class QueuePolicyLookupTest {
    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sns.amazonaws.com\"},"
            + "\"Action\":\"sqs:SendMessage\",\"Resource\":\"arn:aws:sqs:us-east-1:000000000000:q\"}]}";
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final RequestContext ctx = new RequestContext("r", "sqs", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    @Test
    void aQueuesPolicyIsItsPolicyAttribute() {
        String url = sqs.createQueue(ctx, new CreateQueueRequest("q", Map.of(), null)).queueUrl();
        assertEquals(Optional.empty(), sqs.policy("arn:aws:sqs:us-east-1:000000000000:q"));
        sqs.setQueueAttributes(ctx, new SetQueueAttributesRequest(url, Map.of("Policy", POLICY)));
        assertEquals(Optional.of(POLICY), sqs.policy("arn:aws:sqs:us-east-1:000000000000:q").map(PolicyDocument::toJson));
        sqs.setQueueAttributes(ctx, new SetQueueAttributesRequest(url, Map.of("Policy", "")));
        assertEquals(Optional.empty(), sqs.policy("arn:aws:sqs:us-east-1:000000000000:q"));
        assertEquals(Optional.empty(), sqs.policy("arn:aws:sqs:us-east-1:000000000000:none"));
        assertEquals(Optional.empty(), sqs.policy("not an arn"));
    }
}
