package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.cloudwatch.MetricQueries.Series;
import dev.stratus.cloudwatch.MetricStore.Datum;
import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.cloudwatch.api.Metric;
import dev.stratus.cloudwatch.api.MetricDataQuery;
import dev.stratus.cloudwatch.api.MetricStat;
import dev.stratus.protocol.AwsException;
import dev.stratus.store.SqliteStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MetricQueriesTest {
    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";

    private static MetricDataQuery stat(String id, String name, int period, String statistic, boolean returnData) {
        return new MetricDataQuery(id, new MetricStat(new Metric("App", name, null), period, statistic, null), null, null, returnData, null, null);
    }

    private static MetricDataQuery expression(String id, String expression) {
        return new MetricDataQuery(id, null, expression, null, null, null, null);
    }

    private static List<Series> evaluate(SqliteStore db, List<MetricDataQuery> queries, long start, long end) {
        return db.read(tx -> new MetricQueries(new MetricReader()).evaluate(tx, ACCOUNT, REGION, queries, start, end));
    }

    @Test
    void metricStatsAndExpressionsInAnyOrderGiveTheReturnedSeriesInQueryOrder() throws Exception {
        try (SqliteStore db = SqliteStore.inMemory()) {
            db.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            List<Datum> data = new ArrayList<>();
            for (int m = 0; m < 10; m++) {
                long at = m * 60_000L;
                data.add(new Datum(new MetricKey(ACCOUNT, REGION, "App", "Errors", Map.of()), at, false, "Count", 1, m, m, m,
                        new TreeMap<>(Map.of((double) m, 1.0))));
                data.add(new Datum(new MetricKey(ACCOUNT, REGION, "App", "Calls", Map.of()), at, false, "Count", 1, 10, 10, 10,
                        new TreeMap<>(Map.of(10.0, 1.0))));
            }
            db.write(tx -> {
                new MetricStore().insert(tx, data);
                return null;
            });
            List<Series> out = evaluate(db, List.of(expression("pct", "100 * e / c"), stat("e", "Errors", 300, "Sum", false),
                    stat("c", "Calls", 300, "Sum", true)), 0, 600_000);
            assertEquals(List.of("pct", "c"), out.stream().map(Series::id).toList());
            assertEquals(List.of(0L, 300_000L), out.getFirst().timestamps());
            assertEquals(List.of(20.0, 70.0), out.getFirst().values());
            assertEquals("Calls", out.get(1).label());
            // Periods count from the start given, not from the epoch.
            assertEquals(List.of(60_000L, 360_000L), evaluate(db, List.of(stat("c", "Calls", 300, "SampleCount", true)), 60_000, 600_000)
                    .getFirst().timestamps());
        }
    }

    @Test
    void badQueriesAreValidationErrors() throws Exception {
        try (SqliteStore db = SqliteStore.inMemory()) {
            db.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            AwsException circular = assertThrows(AwsException.class,
                    () -> evaluate(db, List.of(expression("a", "b + 1"), expression("b", "a * 2")), 0, 60_000));
            assertTrue(circular.getMessage().contains("Circular"), circular.getMessage());
            assertEquals("ValidationError", assertThrows(AwsException.class,
                    () -> evaluate(db, List.of(expression("a", "nope * 2")), 0, 60_000)).code());
            assertEquals("ValidationError", assertThrows(AwsException.class,
                    () -> evaluate(db, List.of(stat("A", "Calls", 60, "Sum", true)), 0, 60_000)).code());
            assertEquals("ValidationError", assertThrows(AwsException.class,
                    () -> evaluate(db, List.of(stat("a", "Calls", 90, "Sum", true)), 0, 60_000)).code());
            assertEquals("ValidationError", assertThrows(AwsException.class,
                    () -> evaluate(db, List.of(stat("a", "Calls", 60, "p101", true)), 0, 60_000)).code());
            assertEquals("ValidationError", assertThrows(AwsException.class,
                    () -> evaluate(db, List.of(stat("a", "Calls", 60, "Sum", false)), 0, 60_000)).code());
        }
    }

    @Test
    void aFilledSeriesOverYearsAtOneSecondIsRefusedNotBuilt() throws Exception {
        try (SqliteStore db = SqliteStore.inMemory()) {
            db.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            long tenYears = 10L * 365 * 24 * 3_600_000;
            AwsException e = assertThrows(AwsException.class, () -> evaluate(db, List.of(stat("m", "Errors", 1, "Sum", false),
                    expression("f", "FILL(m, 0)")), 0, tenYears));
            assertEquals("ValidationError", e.code());
            assertThrows(AwsException.class, () -> evaluate(db, List.of(stat("m", "Errors", 1, "Sum", false), expression("t", "TIME_SERIES(1)")),
                    0, tenYears));
            assertEquals(1440, evaluate(db, List.of(stat("m", "Errors", 60, "Sum", false), expression("f", "FILL(m, 0)")), 0, 86_400_000)
                    .getFirst().timestamps().size());
        }
    }
}
