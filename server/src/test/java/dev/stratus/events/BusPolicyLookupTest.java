package dev.stratus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.events.api.CreateEventBusRequest;
import dev.stratus.events.api.DeleteEventBusRequest;
import dev.stratus.events.api.DescribeEventBusRequest;
import dev.stratus.events.api.PutPermissionRequest;
import dev.stratus.events.api.RemovePermissionRequest;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.SqsService;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** IAM reads a bus's policy by its ARN: the one DescribeEventBus answers, as it is after each change. */
class BusPolicyLookupTest {
    static final String BUS = "arn:aws:events:us-east-1:000000000000:event-bus/orders";
    final ManualClock clock = new ManualClock(0);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final EventsService events = new EventsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final RequestContext ctx = new RequestContext("r", "events", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    @Test
    void aBusPolicyFollowsPutAndRemovePermissionAndTheBusesDeletion() {
        events.createEventBus(ctx, new CreateEventBusRequest("orders", null, null, null, null, null, null));
        assertEquals(Optional.empty(), events.busPolicy(BUS));
        events.putPermission(ctx, new PutPermissionRequest("orders", "events:PutEvents", "111122223333", "partner", null, null));
        assertEquals(Optional.of(events.describeEventBus(ctx, new DescribeEventBusRequest("orders")).policy()),
                events.busPolicy(BUS).map(PolicyDocument::toJson));
        events.removePermission(ctx, new RemovePermissionRequest("partner", null, "orders"));
        assertEquals(Optional.empty(), events.busPolicy(BUS));

        events.putPermission(ctx, new PutPermissionRequest("orders", "events:PutEvents", "111122223333", "partner", null, null));
        events.deleteEventBus(ctx, new DeleteEventBusRequest("orders"));
        assertEquals(Optional.empty(), events.busPolicy(BUS));

        events.putPermission(ctx, new PutPermissionRequest(null, "events:PutEvents", "111122223333", "partner", null, null));
        assertEquals(1, events.busPolicy("arn:aws:events:us-east-1:000000000000:event-bus/default").orElseThrow().statements().size());
        assertEquals(Optional.empty(), events.busPolicy("arn:aws:events:us-east-1:000000000000:rule/r"));
    }
}
