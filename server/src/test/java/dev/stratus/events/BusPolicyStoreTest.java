package dev.stratus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.protocol.Principal;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.events.api.CreateEventBusRequest;
import dev.stratus.events.api.DescribeEventBusRequest;
import dev.stratus.events.api.PutPermissionRequest;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.SqsService;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bus's policy is state: it outlives a restart, and a data directory from before bus policies gains them. */
class BusPolicyStoreTest {
    final RequestContext ctx = new RequestContext("r", "events", "op", "us-east-1", "000000000000", "test", "localhost:4566", new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    /** Runs {@code work} on a Stratus over the data directory, as one run of it from start to stop. */
    static <T> T run(Path dir, Function<EventsService, T> work) {
        ManualClock clock = new ManualClock(0);
        SqliteStore store = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH);
        Timers timers = new Timers(store, clock);
        Jobs jobs = new Jobs(store, clock);
        try {
            new SqsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
            return work.apply(new EventsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics()));
        } finally {
            jobs.close();
            timers.close();
            store.close();
        }
    }

    @Test
    void aPolicySurvivesARestartOfADataDirectoryFromBeforeBusPolicies(@TempDir Path dir) {
        SqliteStore old = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH);
        old.migrate("events", EventsRepository.MIGRATIONS.subList(0, 2));
        old.close();

        run(dir, events -> {
            events.createEventBus(ctx, new CreateEventBusRequest("kept", null, null, null, null, null, null));
            events.putPermission(ctx, new PutPermissionRequest("kept", "events:PutEvents", "111122223333", "partner", null, null));
            return null;
        });
        String policy = run(dir, events -> events.describeEventBus(ctx, new DescribeEventBusRequest("kept")).policy());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"partner\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::111122223333:root\"},\"Action\":\"events:PutEvents\",\"Resource\":\"arn:aws:events:us-east-1:000000000000:event-bus/kept\"}]}",
                policy);
    }
}
