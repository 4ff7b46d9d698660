package dev.stratus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.events.api.DisableRuleRequest;
import dev.stratus.events.api.PutEventsRequest;
import dev.stratus.events.api.PutEventsRequestEntry;
import dev.stratus.events.api.PutPermissionRequest;
import dev.stratus.events.api.PutRuleRequest;
import dev.stratus.events.api.PutTargetsRequest;
import dev.stratus.events.api.Target;
import dev.stratus.platform.Fence;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two nodes on one PostgreSQL: a rule put or disabled through one decides where the other routes an event, at once. */
class EventsOnTwoNodesTest {
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final RequestContext ctx = new RequestContext("r", "events", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    /** One node: its store and EventBridge (its timers and job engine not started: deliveries owed stay in the table). */
    record Node(PostgresStore store, Timers timers, Jobs jobs, EventsService events) implements AutoCloseable {
        static Node on(String url, ManualClock clock) {
            PostgresStore store = PostgresStore.open(url);
            Timers timers = new Timers(store, clock);
            Jobs jobs = new Jobs(store, clock);
            return new Node(store, timers, jobs, new EventsService(store, clock, timers, jobs, new RecordedMetrics()));
        }

        @Override
        public void close() {
            jobs.close();
            timers.close();
            store.close();
        }
    }

    @Test
    void aRulePutThroughOneNodeRoutesEventsPutThroughTheOther() {
        String url = TestPostgres.freshDatabase();
        try (Node a = Node.on(url, clock); Node b = Node.on(url, clock)) {
            Fence fence = new Fence(a.store(), b.store());
            put(b);
            assertEquals(0, owed(b), "no rule yet (and node B keeps the bus's rules so)");

            a.events().putRule(ctx, new PutRuleRequest("orders", null, "{\"source\":[\"shop\"]}", null, null, null, null, null));
            a.events().putTargets(ctx, new PutTargetsRequest("orders", null, List.of(new Target("q", "arn:aws:sqs:us-east-1:000000000000:orders",
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null))));
            fence.pass();
            put(b);
            assertEquals(1, owed(b), "the rule matched on node B");

            a.events().disableRule(ctx, new DisableRuleRequest("orders", null));
            fence.pass();
            put(b);
            assertEquals(1, owed(b), "a disabled rule matches nothing");

            String bus = "arn:aws:events:us-east-1:000000000000:event-bus/default";
            assertEquals(java.util.Optional.empty(), b.events().busPolicy(bus));
            a.events().putPermission(ctx, new PutPermissionRequest(null, "events:PutEvents", "111122223333", "partner", null, null));
            fence.pass();
            assertEquals(1, b.events().busPolicy(bus).orElseThrow().statements().size(), "the bus's policy as node A wrote it");
        }
    }

    private void put(Node n) {
        n.events().putEvents(ctx, new PutEventsRequest(List.of(new PutEventsRequestEntry(null, "shop", null, "order", "{}", null, null)), null));
    }

    private static int owed(Node n) {
        return n.store().read(tx -> {
            try (ResultSet rs = tx.sql("SELECT count(*) FROM stratus_job").executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
