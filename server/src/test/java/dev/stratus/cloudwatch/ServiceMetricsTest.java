package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.platform.port.Metrics.Datapoint;
import dev.stratus.store.SqliteStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {
    private static final MetricKey DURATION = new MetricKey("123456789012", "us-east-1", "AWS/Lambda", "Duration",
            Map.of("FunctionName", "f"));

    @Test
    void recordedValuesAreStoredPerMinuteWithExactPercentiles() throws Exception {
        try (SqliteStore db = SqliteStore.inMemory()) {
            db.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            ServiceMetrics metrics = new ServiceMetrics(new MetricStore());
            for (int ms = 1; ms <= 100; ms++) {
                metrics.record(Datapoint.of("123456789012", "us-east-1", "AWS/Lambda", "Duration", Map.of("FunctionName", "f"), ms,
                        "Milliseconds", 120_000 + ms * 100));
            }
            metrics.record(Datapoint.of("123456789012", "us-east-1", "AWS/Lambda", "Duration", Map.of("FunctionName", "f"), 7,
                    "Milliseconds", 180_000));
            db.write(tx -> {
                metrics.flush(tx);
                return null;
            });
            SortedMap<Long, MetricReader.Period> periods = db.read(tx -> new MetricReader().periods(tx, DURATION, null, 60, 0, 600_000));
            assertEquals(2, periods.size());
            MetricReader.Period first = periods.get(120_000L);
            assertEquals(100.0, first.statistic("SampleCount"));
            assertEquals(50.5, first.statistic("Average"));
            assertEquals(99.0, first.statistic("p99"));
            assertEquals(100.0, first.statistic("Maximum"));
            assertEquals(7.0, periods.get(180_000L).statistic("p50"));
            assertNull(first.statistic("unknown"));
        }
    }

    @Test
    void theSameDimensionsInAnotherOrderAreOneMetric() throws Exception {
        try (SqliteStore db = SqliteStore.inMemory()) {
            db.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            ServiceMetrics metrics = new ServiceMetrics(new MetricStore());
            LinkedHashMap<String, String> ab = new LinkedHashMap<>();
            ab.put("A", "1");
            ab.put("B", "2");
            LinkedHashMap<String, String> ba = new LinkedHashMap<>();
            ba.put("B", "2");
            ba.put("A", "1");
            metrics.record(Datapoint.of("1", "r", "N", "M", ab, 1, "Count", 0));
            db.write(tx -> {
                metrics.flush(tx);
                return null;
            });
            metrics.record(Datapoint.of("1", "r", "N", "M", ba, 2, "Count", 0));
            db.write(tx -> {
                metrics.flush(tx);
                return null;
            });
            MetricReader.Period p = db.read(tx -> new MetricReader().periods(tx, new MetricKey("1", "r", "N", "M", ba), "Count", 60, 0, 60_000))
                    .get(0L);
            assertEquals(3.0, p.statistic("Sum"));
            assertEquals(2.0, p.statistic("SampleCount"));
        }
    }

    @Test
    void whatAFlushThatRolledBackTookIsStoredByTheNext() throws Exception {
        try (SqliteStore db = SqliteStore.inMemory()) {
            db.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            ServiceMetrics metrics = new ServiceMetrics(new MetricStore());
            metrics.record(Datapoint.of("1", "r", "N", "M", Map.of(), 1, "Count", 0));
            assertThrows(IllegalStateException.class, () -> db.write(tx -> {
                metrics.flush(tx);
                throw new IllegalStateException("a later step of the minute failed");
            }));
            metrics.record(Datapoint.of("1", "r", "N", "M", Map.of(), 2, "Count", 0));
            db.write(tx -> {
                metrics.flush(tx);
                return null;
            });
            MetricReader.Period p = db.read(tx -> new MetricReader().periods(tx, new MetricKey("1", "r", "N", "M", Map.of()), "Count", 60, 0,
                    60_000)).get(0L);
            assertEquals(3.0, p.statistic("Sum"));
            assertEquals(2.0, p.statistic("SampleCount"));
        }
    }

    @Test
    void nothingRecordedWhileFlushingIsLost() throws Exception {
        try (SqliteStore db = SqliteStore.inMemory()) {
            db.migrate("cloudwatch.metrics", MetricStore.MIGRATIONS);
            ServiceMetrics metrics = new ServiceMetrics(new MetricStore());
            int threads = 4;
            int each = 20_000;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> recorders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                recorders.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        metrics.record(Datapoint.of("1", "r", "N", "M", Map.of(), 1, "Count", 0));
                    }
                }));
            }
            while (recorders.stream().anyMatch(f -> !f.isDone())) {
                db.write(tx -> {
                    metrics.flush(tx);
                    return null;
                });
            }
            for (Future<?> f : recorders) {
                f.get();
            }
            pool.shutdown();
            db.write(tx -> {
                metrics.flush(tx);
                return null;
            });
            MetricReader.Period p = db.read(tx -> new MetricReader().periods(tx, new MetricKey("1", "r", "N", "M", Map.of()), "Count", 60, 0,
                    60_000)).get(0L);
            assertEquals((double) threads * each, p.statistic("SampleCount"));
        }
    }
}
