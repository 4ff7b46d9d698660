package dev.stratus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.events.api.PutRuleRequest;
import dev.stratus.events.api.PutTargetsRequest;
import dev.stratus.events.api.Target;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.time.ThreeNodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scheduled rule on three nodes sharing one PostgreSQL database fires once per period, not once per node. */
class ScheduledRulesAcrossNodesTest {
    final RequestContext ctx = new RequestContext("r", "events", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    @Test
    void aRateRuleFiresOncePerMinuteAcrossThreeNodes() throws Exception {
        try (ThreeNodes three = new ThreeNodes(Instant.parse("2026-11-24T10:00:00Z").toEpochMilli())) {
            List<EventsService> events = new ArrayList<>();
            for (ThreeNodes.Node n : three.nodes) {
                events.add(new EventsService(n.store(), three.clock, n.timers(), n.jobs(), new RecordedMetrics()));
            }
            three.start();
            events.get(0).putRule(ctx, new PutRuleRequest("every-minute", "rate(1 minute)", null, null, null, null, null, null));
            events.get(1).putTargets(ctx, new PutTargetsRequest("every-minute", null, List.of(new Target("q", "arn:aws:sqs:us-east-1:000000000000:ticks",
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null))));
            for (int minute = 1; minute <= 8; minute++) {
                three.advance(60_000);
                assertEquals(minute, three.count("SELECT COUNT(*) FROM stratus_job"), "one Scheduled Event owed in minute " + minute);
            }
        }
    }
}
