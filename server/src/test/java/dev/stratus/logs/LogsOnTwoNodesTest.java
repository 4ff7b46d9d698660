package dev.stratus.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.logs.api.CreateLogGroupRequest;
import dev.stratus.logs.api.CreateLogStreamRequest;
import dev.stratus.logs.api.DescribeQueriesRequest;
import dev.stratus.logs.api.GetQueryResultsRequest;
import dev.stratus.logs.api.GetQueryResultsResponse;
import dev.stratus.logs.api.InputLogEvent;
import dev.stratus.logs.api.PutLogEventsRequest;
import dev.stratus.logs.api.StartQueryRequest;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two nodes on one PostgreSQL: a Logs Insights query started through one has its results on the other. */
class LogsOnTwoNodesTest {
    static final long NOW = 1_800_000_000_000L;
    final ManualClock clock = new ManualClock(NOW);
    final RequestContext ctx = new RequestContext("r", "logs", "Op", "us-east-1", "000000000000", "test", "localhost", null);

    record Node(PostgresStore store, Timers timers, Jobs jobs, LogsService logs) implements AutoCloseable {
        static Node on(String url, ManualClock clock) {
            PostgresStore store = PostgresStore.open(url);
            Timers timers = new Timers(store, clock);
            Jobs jobs = new Jobs(store, clock);
            return new Node(store, timers, jobs, new LogsService(store, clock, timers, new RecordedMetrics(), jobs, (caller, fn, source, account) -> {
            }));
        }

        @Override
        public void close() {
            jobs.close();
            timers.close();
            store.close();
        }
    }

    @Test
    void queryResultsStartedThroughOneNodeAreReadThroughTheOther() {
        String url = TestPostgres.freshDatabase();
        try (Node a = Node.on(url, clock); Node b = Node.on(url, clock)) {
            a.logs().createLogGroup(ctx, new CreateLogGroupRequest("/app", null, null, null, null));
            a.logs().createLogStream(ctx, new CreateLogStreamRequest("/app", "s"));
            a.logs().putLogEvents(ctx, new PutLogEventsRequest("/app", "s", List.of(new InputLogEvent(NOW - 1000, "{\"n\":1}"),
                    new InputLogEvent(NOW - 1000, "{\"n\":2}")), null, null));
            long seconds = NOW / 1000;
            String id = a.logs().startQuery(ctx, new StartQueryRequest(null, "/app", null, null, seconds - 60, seconds, "fields n | sort n asc", null))
                    .queryId();

            GetQueryResultsResponse got = b.logs().getQueryResults(ctx, new GetQueryResultsRequest(id, null, null));
            assertEquals("Complete", got.status());
            assertEquals(List.of("1", "2"), got.results().stream().map(r -> r.getFirst().value()).toList());
            assertEquals(2.0, got.statistics().recordsMatched());
            assertEquals(List.of(id), b.logs().describeQueries(ctx, new DescribeQueriesRequest("/app", null, null, null, null)).queries().stream()
                    .map(q -> q.queryId()).toList());
        }
    }
}
