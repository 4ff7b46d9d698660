package dev.stratus.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.api.CreateTopicInput;
import dev.stratus.sns.api.DeleteTopicInput;
import dev.stratus.sns.api.GetTopicAttributesInput;
import dev.stratus.sns.api.SetTopicAttributesInput;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** IAM reads a topic's policy by its ARN: the one GetTopicAttributes answers, the default one until one is set. */
class TopicPolicyLookupTest {
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SnsService sns = new SnsService(store, clock, timers, jobs, () -> "http://localhost:4566", new dev.stratus.platform.port.RecordedMetrics());
    final RequestContext ctx = new RequestContext("r", "sns", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    String answered(String arn) {
        return sns.getTopicAttributes(ctx, new GetTopicAttributesInput(arn)).attributes().get("Policy");
    }

    @Test
    void aTopicsPolicyIsTheOneGetTopicAttributesAnswers() {
        String arn = sns.createTopic(ctx, new CreateTopicInput("alerts", null, null, null)).topicArn();
        assertEquals(Optional.of(answered(arn)), sns.topicPolicy(arn).map(PolicyDocument::toJson));

        String set = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},"
                + "\"Action\":\"sns:Publish\",\"Resource\":\"" + arn + "\"}]}";
        sns.setTopicAttributes(ctx, new SetTopicAttributesInput(arn, "Policy", set));
        assertEquals(Optional.of(set), sns.topicPolicy(arn).map(PolicyDocument::toJson));
        assertEquals(set, answered(arn));

        sns.deleteTopic(ctx, new DeleteTopicInput(arn));
        assertEquals(Optional.empty(), sns.topicPolicy(arn));
    }
}
