package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.cloudwatch.MetricStore.Datum;
import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.store.SqliteStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RetentionTest {
    private static final MetricKey KEY = new MetricKey("123456789012", "us-east-1", "App", "Latency", Map.of());
    private static final long DAY = 24 * 3_600_000L;

    private static Datum datum(long at, boolean highRes, double value) {
        TreeMap<Double, Double> values = new TreeMap<>(Map.of(value, 1.0));
        return new Datum(KEY, at, highRes, "Milliseconds", 1, value, value, value, values);
    }

    @Test
    void highResolutionDataOlderThanThreeHoursBecomeMinutesWithExactPercentiles() throws Exception {
        try (SqliteStore db = SqliteStore.inMemory()) {
            db.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            MetricStore store = new MetricStore();
            long now = 1000 * DAY;
            List<Datum> data = new ArrayList<>();
            for (int s = 0; s < 120; s++) {
                data.add(datum(now - 4 * 3_600_000L + s * 1000L, true, s));
                data.add(datum(now - 60_000 + (s % 60) * 1000L, true, s));
            }
            data.add(datum(now - 456 * DAY, false, 5));
            db.write(tx -> {
                store.insert(tx, data);
                new Retention().minuteEnded(tx, now);
                return null;
            });
            long rows = db.read(tx -> {
                try (var rs = tx.sql("SELECT COUNT(*) FROM cw_datum").executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(2 + 120, rows, "two rolled-up minutes, the recent seconds kept, the expired datum gone");
            SortedMap<Long, MetricReader.Period> minutes = db.read(tx -> new MetricReader().periods(tx, KEY, null, 60,
                    now - 5 * 3_600_000L, now - 3 * 3_600_000L));
            assertEquals(2, minutes.size());
            MetricReader.Period first = minutes.get(minutes.firstKey());
            assertEquals(60.0, first.samples());
            assertEquals(59.0, Statistics.of(first, "p99"));
            assertEquals(29.0, Statistics.of(first, "p50"));
            assertTrue(db.read(tx -> new MetricReader().periods(tx, KEY, null, 60, 0, now - 400 * DAY)).isEmpty());
        }
    }
}
