package dev.stratus.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.scheduler.api.CreateScheduleInput;
import dev.stratus.scheduler.api.FlexibleTimeWindow;
import dev.stratus.scheduler.api.ListSchedulesInput;
import dev.stratus.scheduler.api.Target;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Scheduler's statements on PostgreSQL, the shared store. */
class SchedulerOnPostgresTest {
    static final String ACCOUNT = "000000000000";

    @Test
    void listsTheSchedulesOfEveryGroupWhenNoGroupIsNamed() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z").toEpochMilli());
        RequestContext ctx = new RequestContext("r", "scheduler", "op", "us-east-1", ACCOUNT, "test", "localhost:4566",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", ACCOUNT));
        try (PostgresStore store = PostgresStore.open(TestPostgres.freshDatabase())) {
            Timers timers = new Timers(store, clock);
            Jobs jobs = new Jobs(store, clock);
            SchedulerService scheduler = new SchedulerService(store, clock, timers, jobs, (role, service) -> true);
            scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null, null, new FlexibleTimeWindow(null, "OFF"), null, null, "tick",
                    "rate(5 minutes)", null, null, null, new Target("arn:aws:sqs:us-east-1:000000000000:q", null, null, null, "x", null, null,
                    "arn:aws:iam::000000000000:role/scheduler", null, null)));
            assertEquals(1, scheduler.listSchedules(ctx, new ListSchedulesInput(null, null, null, null, null)).schedules().size());
            assertEquals(1, scheduler.listSchedules(ctx, new ListSchedulesInput("default", null, null, null, null)).schedules().size());
            jobs.close();
            timers.close();
        }
    }
}
