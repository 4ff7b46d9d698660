package dev.stratus.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.api.CreateTopicInput;
import dev.stratus.sns.api.DeleteTopicInput;
import dev.stratus.sns.api.SetTopicAttributesInput;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Two nodes on one PostgreSQL: a topic policy set or removed through one is the one the other's IAM weighs, at once. */
class TopicPoliciesOnNodesTest {
    final RequestContext ctx = new RequestContext("r", "sns", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    record Node(PostgresStore store, Timers timers, Jobs jobs, SnsService sns) implements AutoCloseable {
        static Node on(String url) {
            PostgresStore store = PostgresStore.open(url);
            Timers timers = new Timers(store, Clock.SYSTEM);
            Jobs jobs = new Jobs(store, Clock.SYSTEM);
            return new Node(store, timers, jobs, new SnsService(store, Clock.SYSTEM, timers, jobs, () -> "http://localhost:4566", new RecordedMetrics()));
        }

        @Override
        public void close() {
            jobs.close();
            timers.close();
            store.close();
        }
    }

    static <T> T eventually(T expected, Supplier<T> read) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        T last = read.get();
        while (!expected.equals(last) && System.nanoTime() < until) {
            Thread.sleep(1);
            last = read.get();
        }
        return last;
    }

    @Test
    void aPolicyChangedThroughOneNodeIsWeighedByTheOther() throws Exception {
        String url = TestPostgres.freshDatabase();
        try (Node a = Node.on(url); Node b = Node.on(url)) {
            String arn = a.sns().createTopic(ctx, new CreateTopicInput("alerts", null, null, null)).topicArn();
            String initial = b.sns().topicPolicy(arn).map(PolicyDocument::toJson).orElseThrow();
            String set = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},"
                    + "\"Action\":\"sns:Publish\",\"Resource\":\"" + arn + "\"}]}";
            a.sns().setTopicAttributes(ctx, new SetTopicAttributesInput(arn, "Policy", set));
            assertEquals(Optional.of(set), eventually(Optional.of(set), () -> b.sns().topicPolicy(arn).map(PolicyDocument::toJson)));
            a.sns().deleteTopic(ctx, new DeleteTopicInput(arn));
            assertEquals(Optional.empty(), eventually(Optional.empty(), () -> b.sns().topicPolicy(arn)));
            assertEquals(List.of(false), List.of(initial.equals(set)));
        }
    }
}
