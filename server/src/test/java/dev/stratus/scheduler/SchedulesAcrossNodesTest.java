package dev.stratus.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.scheduler.api.CreateScheduleInput;
import dev.stratus.scheduler.api.FlexibleTimeWindow;
import dev.stratus.scheduler.api.Target;
import dev.stratus.time.ThreeNodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An EventBridge Scheduler schedule on three nodes sharing one PostgreSQL database fires once per period, not once per node. */
class SchedulesAcrossNodesTest {
    static final String ACCOUNT = "000000000000";
    final RequestContext ctx = new RequestContext("r", "scheduler", "op", "us-east-1", ACCOUNT, "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", ACCOUNT));

    @Test
    void aRateScheduleFiresOncePerMinuteAcrossThreeNodes() throws Exception {
        try (ThreeNodes three = new ThreeNodes(Instant.parse("2026-03-01T12:00:00Z").toEpochMilli())) {
            List<SchedulerService> schedulers = new ArrayList<>();
            for (ThreeNodes.Node n : three.nodes) {
                schedulers.add(new SchedulerService(n.store(), three.clock, n.timers(), n.jobs(), (role, service) -> true));
            }
            three.start();
            schedulers.get(2).createSchedule(ctx, new CreateScheduleInput(null, null, null, null, new FlexibleTimeWindow(null, "OFF"), null, null, "tick",
                    "rate(1 minute)", null, null, null, new Target("arn:aws:sqs:us-east-1:000000000000:q", null, null, null, "x", null, null,
                    "arn:aws:iam::000000000000:role/scheduler", null, null)));
            three.advance(0);
            assertEquals(1, three.count("SELECT COUNT(*) FROM stratus_job WHERE kind = ?", Firing.INVOKE), "a rate fires at once when created");
            for (int minute = 1; minute <= 8; minute++) {
                three.advance(60_000);
                assertEquals(minute + 1, three.count("SELECT COUNT(*) FROM stratus_job WHERE kind = ?", Firing.INVOKE), "once in minute " + minute);
            }
        }
    }
}
