package dev.stratus.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.logs.api.CreateLogGroupRequest;
import dev.stratus.logs.api.CreateLogStreamRequest;
import dev.stratus.logs.api.DeleteLogGroupRequest;
import dev.stratus.logs.api.DeleteMetricFilterRequest;
import dev.stratus.logs.api.DescribeMetricFiltersRequest;
import dev.stratus.logs.api.DescribeMetricFiltersResponse;
import dev.stratus.logs.api.DescribeQueriesRequest;
import dev.stratus.logs.api.DescribeSubscriptionFiltersRequest;
import dev.stratus.logs.api.GetLogRecordRequest;
import dev.stratus.logs.api.GetQueryResultsRequest;
import dev.stratus.logs.api.GetQueryResultsResponse;
import dev.stratus.logs.api.StartQueryRequest;
import dev.stratus.logs.api.InputLogEvent;
import dev.stratus.logs.api.MetricTransformation;
import dev.stratus.logs.api.PutLogEventsRequest;
import dev.stratus.logs.api.PutMetricFilterRequest;
import dev.stratus.logs.api.PutSubscriptionFilterRequest;
import dev.stratus.logs.api.TestMetricFilterRequest;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.LogSink;
import dev.stratus.platform.port.Metrics;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Metric and subscription filters on a Logs service over an in-memory store, with a fake Metrics and no job worker. */
class LogsFiltersTest {
    private static final String ACCOUNT = "000000000000";
    private static final String REGION = "us-east-1";
    private static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:sink";
    private static final long NOW = 1_800_000_000_000L;

    private final SqliteStore store = SqliteStore.inMemory();
    private final ManualClock clock = new ManualClock(NOW);
    private final List<Metrics.Datapoint> recorded = new ArrayList<>();
    private final Metrics metrics = new Metrics() {
        @Override
        public void record(Datapoint datapoint) {
            // What metric filters publish: AWS/Logs' own metrics are LogsMetricsTest's.
            if (!datapoint.namespace().startsWith("AWS/")) {
                recorded.add(datapoint);
            }
        }

        @Override
        public void sampleEveryMinute(Sampler sampler) {
        }
    };
    private final Timers timers = new Timers(store, clock);
    private final Jobs jobs = new Jobs(store, clock);
    /** Only the global logs principal may invoke only the sink function. */
    private final LogsService logs = new LogsService(store, clock, timers, metrics, jobs, (caller, function, source, account) -> {
        if (!caller.id().equals("logs.amazonaws.com") || !function.equals(FUNCTION) || !source.endsWith(":log-group:/app:*")) {
            throw new AwsException("AccessDeniedException", "no", 403);
        }
    });
    private final RequestContext ctx = new RequestContext("r", "logs", "Op", REGION, ACCOUNT, "test", "localhost", null);

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    private void group(String name) {
        logs.createLogGroup(ctx, new CreateLogGroupRequest(name, null, null, null, null));
        logs.createLogStream(ctx, new CreateLogStreamRequest(name, "s"));
    }

    private void put(String group, String... messages) {
        List<InputLogEvent> events = new ArrayList<>();
        for (String m : messages) {
            events.add(new InputLogEvent(NOW - 1000, m));
        }
        logs.putLogEvents(ctx, new PutLogEventsRequest(group, "s", events, null, null));
    }

    private void metricFilter(String name, String pattern, MetricTransformation t) {
        logs.putMetricFilter(ctx, new PutMetricFilterRequest("/app", name, pattern, List.of(t), null, null, null));
    }

    @Test
    void matchingEventsRecordTheirValueWithDimensionsAndOthersTheDefault() {
        group("/app");
        metricFilter("latency", "{ $.level = \"INFO\" }", new MetricTransformation("Latency", "App", "$.latency", null,
                Map.of("Route", "$.route"), "Milliseconds"));
        metricFilter("errors", "ERROR", new MetricTransformation("Errors", "App", "1", 0.0, null, null));
        put("/app", "{\"level\":\"INFO\",\"latency\":42.5,\"route\":\"/a\"}", "ERROR boom", "{\"level\":\"INFO\",\"latency\":\"n/a\",\"route\":\"/a\"}");
        List<String> seen = recorded.stream().map(p -> p.name() + "=" + p.value() + p.dimensions() + " " + p.unit()).sorted().toList();
        assertEquals(List.of("Errors=0.0{} None", "Errors=0.0{} None", "Errors=1.0{} None", "Latency=42.5{Route=/a} Milliseconds"), seen);
        assertTrue(recorded.stream().allMatch(p -> p.timestampMillis() == NOW - 1000 && p.account().equals(ACCOUNT) && p.namespace().equals("App")));
    }

    @Test
    void linesWrittenThroughTheSinkAreFilteredToo() {
        group("/app");
        metricFilter("bytes", "[ip, status = 5*, bytes]", new MetricTransformation("Bytes", "Web", "$bytes", null, null, "Bytes"));
        logs.append(List.of(new LogSink.Line(ACCOUNT, REGION, "/app", "s", NOW, "1.2.3.4 503 2048"),
                new LogSink.Line(ACCOUNT, REGION, "/app", "s", NOW, "1.2.3.4 200 100")));
        assertEquals(1, recorded.size());
        assertEquals(2048.0, recorded.getFirst().value());
    }

    @Test
    void metricFiltersAreListedFilteredPagedAndDeleted() {
        group("/app");
        for (int i = 0; i < 3; i++) {
            metricFilter("f" + i, "", new MetricTransformation("M" + i, "App", "1", null, null, null));
        }
        metricFilter("f1", "ERROR", new MetricTransformation("M1", "App", "1", null, null, null));
        DescribeMetricFiltersResponse first = logs.describeMetricFilters(ctx, new DescribeMetricFiltersRequest("/app", null, null, 2, null, null));
        assertEquals(List.of("f0", "f1"), first.metricFilters().stream().map(f -> f.filterName()).toList());
        assertEquals("ERROR", first.metricFilters().get(1).filterPattern(), "a put replaces the filter of that name");
        assertEquals(List.of("f2"), logs.describeMetricFilters(ctx, new DescribeMetricFiltersRequest("/app", null, first.nextToken(), 2, null, null))
                .metricFilters().stream().map(f -> f.filterName()).toList());
        assertEquals(1, logs.describeMetricFilters(ctx, new DescribeMetricFiltersRequest(null, null, null, null, "M2", "App")).metricFilters().size());
        assertEquals("InvalidParameterException", assertThrows(AwsException.class, () -> logs.describeQueries(ctx,
                new dev.stratus.logs.api.DescribeQueriesRequest(null, null, -1, null, null))).code());
        for (int limit : new int[] {0, -1, 51}) {
            assertEquals("InvalidParameterException", assertThrows(AwsException.class, () -> logs.describeMetricFilters(ctx,
                    new DescribeMetricFiltersRequest("/app", null, null, limit, null, null))).code());
            assertEquals("InvalidParameterException", assertThrows(AwsException.class, () -> logs.describeSubscriptionFilters(ctx,
                    new DescribeSubscriptionFiltersRequest("/app", null, null, limit))).code());
        }
        logs.deleteMetricFilter(ctx, new DeleteMetricFilterRequest("/app", "f2"));
        assertEquals("ResourceNotFoundException", assertThrows(AwsException.class,
                () -> logs.deleteMetricFilter(ctx, new DeleteMetricFilterRequest("/app", "f2"))).code());
        assertEquals("InvalidParameterException", assertThrows(AwsException.class,
                () -> logs.describeMetricFilters(ctx, new DescribeMetricFiltersRequest(null, null, null, null, "M2", null))).code());
    }

    @Test
    void metricFiltersKeepAwsLimits() {
        group("/app");
        for (int i = 0; i < MetricFilters.MAX_PER_GROUP; i++) {
            metricFilter(String.format("f%03d", i), i < 5 ? "%ERR[0-9]%" : "", new MetricTransformation("M", "App", "1", null, null, null));
        }
        assertEquals("LimitExceededException", assertThrows(AwsException.class,
                () -> metricFilter("one-more", "", new MetricTransformation("M", "App", "1", null, null, null))).code());
        assertEquals("LimitExceededException", assertThrows(AwsException.class,
                () -> metricFilter("f099", "%sixth%", new MetricTransformation("M", "App", "1", null, null, null))).code(),
                "five filters of a group may hold regular expressions");
        metricFilter("f000", "%still-five%", new MetricTransformation("M", "App", "1", null, null, null));
        assertEquals("LimitExceededException", assertThrows(AwsException.class, () -> metricFilter("f001", "", new MetricTransformation("M",
                "App", "1", null, Map.of("a", "$a", "b", "$b", "c", "$c", "d", "$d"), null))).code());
        for (String value : new String[] {"abc", "$", "", "$.a b", "$.a[", "$.a[x]"}) {
            assertEquals("InvalidParameterException", assertThrows(AwsException.class,
                    () -> metricFilter("f001", "", new MetricTransformation("M", "App", value, null, null, null))).code(), value);
        }
        assertEquals("InvalidParameterException", assertThrows(AwsException.class,
                () -> metricFilter("f001", "", new MetricTransformation("M", "App", "1", null, Map.of("a", "literal"), null))).code());
    }

    @Test
    void testMetricFilterShowsMatchesAndTheirValues() {
        var out = logs.testMetricFilter(ctx, new TestMetricFilterRequest("[ip, user, status = 4*, bytes]",
                List.of("1.2.3.4 bob 404 12", "1.2.3.4 bob 200 12")));
        assertEquals(1, out.matches().size());
        assertEquals(1L, out.matches().getFirst().eventNumber());
        assertEquals(Map.of("$ip", "1.2.3.4", "$user", "bob", "$status", "404", "$bytes", "12"), out.matches().getFirst().extractedValues());
    }

    private void subscribe(String group, String name, String destination) {
        logs.putSubscriptionFilter(ctx, new PutSubscriptionFilterRequest(group, name, "ERROR", destination, null, null, null, null, null));
    }

    @Test
    void subscriptionsNeedThePermissionAndALambdaDestination() {
        group("/app");
        group("/other");
        AwsException refused = assertThrows(AwsException.class, () -> subscribe("/other", "f", FUNCTION));
        assertEquals("InvalidParameterException", refused.code());
        assertEquals(SubscriptionFilters.PERMISSION_REFUSED, refused.getMessage());
        assertEquals(SubscriptionFilters.PERMISSION_REFUSED, assertThrows(AwsException.class,
                () -> subscribe("/app", "f", "arn:aws:lambda:us-east-1:000000000000:function:other")).getMessage());
        for (String unserved : new String[] {"arn:aws:kinesis:us-east-1:000000000000:stream/s", "arn:aws:firehose:us-east-1:000000000000:deliverystream/d",
                "arn:aws:logs:us-east-1:000000000000:destination:d", "not-an-arn"}) {
            assertEquals("InvalidParameterException", assertThrows(AwsException.class, () -> subscribe("/app", "f", unserved)).code(), unserved);
        }
        subscribe("/app", "one", FUNCTION);
        subscribe("/app", "two", FUNCTION);
        subscribe("/app", "two", FUNCTION);
        assertEquals("LimitExceededException", assertThrows(AwsException.class, () -> subscribe("/app", "three", FUNCTION)).code());
        var listed = logs.describeSubscriptionFilters(ctx, new DescribeSubscriptionFiltersRequest("/app", null, null, null)).subscriptionFilters();
        assertEquals(List.of("one", "two"), listed.stream().map(f -> f.filterName()).toList());
        assertEquals("ByLogStream", listed.getFirst().distribution());
        assertEquals(FUNCTION, listed.getFirst().destinationArn());
        logs.deleteLogGroup(ctx, new DeleteLogGroupRequest("/app"));
        group("/app");
        assertEquals(List.of(), logs.describeSubscriptionFilters(ctx, new DescribeSubscriptionFiltersRequest("/app", null, null, null))
                .subscriptionFilters(), "a group's filters go with it");
    }

    @Test
    void matchingEventsAreOwedToTheFunctionInAwsPayload() throws IOException {
        group("/app");
        subscribe("/app", "errors", FUNCTION);
        put("/app", "ERROR one", "INFO fine", "ERROR two");
        List<Delivery> owed = owedDeliveries();
        assertEquals(1, owed.size(), "one batch per stream");
        Delivery d = owed.getFirst();
        assertEquals(FUNCTION, d.destination());
        assertEquals("logs.amazonaws.com", d.caller().id());
        assertEquals("arn:aws:logs:us-east-1:000000000000:log-group:/app:*", d.source());
        JsonNode data = decode(d.payload());
        assertEquals("DATA_MESSAGE", data.get("messageType").asText());
        assertEquals(ACCOUNT, data.get("owner").asText());
        assertEquals("/app", data.get("logGroup").asText());
        assertEquals("s", data.get("logStream").asText());
        assertEquals("errors", data.get("subscriptionFilters").get(0).asText());
        assertEquals(2, data.get("logEvents").size());
        assertEquals("ERROR one", data.get("logEvents").get(0).get("message").asText());
        assertEquals(NOW - 1000, data.get("logEvents").get(0).get("timestamp").asLong());
        assertEquals(56, data.get("logEvents").get(0).get("id").asText().length());
    }

    @Test
    void aFunctionsOwnLogGroupIsNotSentBackToIt() {
        StoredLogGroup own = new StoredLogGroup(1, ACCOUNT, REGION, "/aws/lambda/sink", 0, null, null, "STANDARD");
        assertTrue(SubscriptionFilters.ownLogGroup(own, FUNCTION));
        assertTrue(SubscriptionFilters.ownLogGroup(own, FUNCTION + ":live"));
        assertTrue(!SubscriptionFilters.ownLogGroup(own, "arn:aws:lambda:us-east-1:000000000000:function:other"));
    }

    private List<Delivery> owedDeliveries() {
        return store.read(tx -> {
            List<Delivery> out = new ArrayList<>();
            try (ResultSet rs = tx.sql("SELECT spec FROM stratus_job WHERE kind = 'delivery' ORDER BY id").executeQuery()) {
                while (rs.next()) {
                    out.add(Json.parse(rs.getString(1), Delivery.class));
                }
            }
            return out;
        });
    }

    private static JsonNode decode(String payload) throws IOException {
        byte[] gz = Base64.getDecoder().decode(Json.parse(payload).get("awslogs").get("data").asText());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return Json.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void insightsResultsPageAndPointToTheirRecords() {
        group("/app");
        put("/app", "{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        long seconds = NOW / 1000;
        String id = logs.startQuery(ctx, new StartQueryRequest(null, "/app", null, null, seconds - 60, seconds, "fields n | sort n asc", null))
                .queryId();
        GetQueryResultsResponse first = logs.getQueryResults(ctx, new GetQueryResultsRequest(id, null, 2));
        assertEquals("Complete", first.status());
        assertEquals(List.of("1", "2"), first.results().stream().map(r -> r.getFirst().value()).toList());
        GetQueryResultsResponse rest = logs.getQueryResults(ctx, new GetQueryResultsRequest(id, first.nextToken(), 2));
        assertEquals(List.of("3"), rest.results().stream().map(r -> r.getFirst().value()).toList());
        assertEquals(null, rest.nextToken());
        String ptr = rest.results().getFirst().stream().filter(f -> f.field().equals("@ptr")).findFirst().orElseThrow().value();
        assertEquals("{\"n\":3}", logs.getLogRecord(ctx, new GetLogRecordRequest(ptr, null)).logRecord().get("@message"));
        assertEquals("ResourceNotFoundException", assertThrows(AwsException.class,
                () -> logs.getLogRecord(new RequestContext("r", "logs", "Op", REGION, "111111111111", "test", "localhost", null),
                        new GetLogRecordRequest(ptr, null))).code(), "another account's record is not found");
        assertEquals("InvalidParameterException", assertThrows(AwsException.class,
                () -> logs.getLogRecord(ctx, new GetLogRecordRequest("not a pointer", null))).code());
        assertEquals("InvalidParameterException", assertThrows(AwsException.class, () -> logs.startQuery(ctx,
                new StartQueryRequest(null, "/app", List.of("/app"), null, seconds - 60, seconds, "fields n", null))).code());
        assertEquals("InvalidParameterException", assertThrows(AwsException.class, () -> logs.startQuery(ctx,
                new StartQueryRequest(null, "/app", null, null, seconds, seconds - 60, "fields n", null))).code());
        assertEquals(List.of(id), logs.describeQueries(ctx, new DescribeQueriesRequest("/app", null, null, null, null)).queries().stream()
                .map(q -> q.queryId()).toList());
    }

    @Test
    void noFiltersNoDatapoints() {
        group("/app");
        put("/app", "ERROR");
        assertTrue(recorded.isEmpty());
    }
}
