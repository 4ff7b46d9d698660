package dev.stratus.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.logs.api.CreateLogGroupRequest;
import dev.stratus.logs.api.CreateLogStreamRequest;
import dev.stratus.logs.api.InputLogEvent;
import dev.stratus.logs.api.PutLogEventsRequest;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.LogSink;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AWS/Logs' IncomingBytes and IncomingLogEvents, by LogGroupName and across the account, from PutLogEvents and from other services' lines. */
class LogsMetricsTest {
    static final String NS = "AWS/Logs";
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final RecordedMetrics recorded = new RecordedMetrics();
    final LogsService logs = new LogsService(store, clock, timers, recorded, new Jobs(store, clock), (caller, function, source, account) -> { });
    final RequestContext ctx = new RequestContext("r", "logs", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    @AfterEach
    void close() {
        timers.close();
        store.close();
    }

    @Test
    void acceptedEventsAreCountedWithTheirBytes() {
        logs.createLogGroup(ctx, new CreateLogGroupRequest("app", null, null, null, null));
        logs.createLogStream(ctx, new CreateLogStreamRequest("app", "s"));
        long now = clock.millis();
        logs.putLogEvents(ctx, new PutLogEventsRequest("app", "s", List.of(new InputLogEvent(now - 20L * 86_400_000, "too old"),
                new InputLogEvent(now, "hello"), new InputLogEvent(now, "héllo")), null, null));
        Map<String, String> group = Map.of("LogGroupName", "app");
        assertEquals(2, recorded.sum(NS, "IncomingLogEvents", group), "the rejected event is not counted");
        assertEquals(11, recorded.sum(NS, "IncomingBytes", group), "uncompressed UTF-8 bytes");
        assertEquals("Bytes", recorded.of(NS, "IncomingBytes", group).get(0).unit());
        assertEquals(2, recorded.sum(NS, "IncomingLogEvents", Map.of()));
    }

    @Test
    void linesFromOtherServicesAreCountedByTheirGroups() {
        long now = clock.millis();
        logs.append(List.of(new LogSink.Line("000000000000", "us-east-1", "/aws/lambda/fn", "s", now, "START"),
                new LogSink.Line("000000000000", "us-east-1", "/aws/lambda/fn", "s", now, "END"),
                new LogSink.Line("000000000000", "us-east-1", "/aws/lambda/other", "s", now, "x")));
        assertEquals(2, recorded.sum(NS, "IncomingLogEvents", Map.of("LogGroupName", "/aws/lambda/fn")));
        assertEquals(8, recorded.sum(NS, "IncomingBytes", Map.of("LogGroupName", "/aws/lambda/fn")));
        assertEquals(1, recorded.sum(NS, "IncomingLogEvents", Map.of("LogGroupName", "/aws/lambda/other")));
    }
}
