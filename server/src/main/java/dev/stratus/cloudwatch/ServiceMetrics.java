package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.MetricStore.Datum;
import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.platform.port.Metrics;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@link Metrics} port: what other services publish, summed in memory per metric, period and
 * unit, and written as one datum each when {@link #flush} runs (every few seconds, and before alarms
 * evaluate). Values are kept with their counts, as PutMetricData's Values and Counts, so that
 * percentiles of built-in metrics (Lambda's Duration p99) are exact.
 */
final class ServiceMetrics implements Metrics {
    private static final Logger LOG = Logger.getLogger(ServiceMetrics.class.getName());

    private record Period(MetricKey metric, long at, boolean highResolution, String unit) {
    }

    private static final class Sum {
        double samples;
        double total;
        double minimum = Double.POSITIVE_INFINITY;
        double maximum = Double.NEGATIVE_INFINITY;
        final TreeMap<Double, Double> values = new TreeMap<>();

        synchronized void add(double value) {
            samples++;
            total += value;
            minimum = Math.min(minimum, value);
            maximum = Math.max(maximum, value);
            values.merge(value, 1.0, Double::sum);
        }

        /** Adds what {@code other} holds: a flush that rolled back gives its sums back this way. */
        synchronized void add(Sum other) {
            synchronized (other) {
                samples += other.samples;
                total += other.total;
                minimum = Math.min(minimum, other.minimum);
                maximum = Math.max(maximum, other.maximum);
                other.values.forEach((v, c) -> values.merge(v, c, Double::sum));
            }
        }

        synchronized Datum datum(Period p) {
            return new Datum(p.metric(), p.at(), p.highResolution(), p.unit(), samples, total, minimum, maximum, new TreeMap<>(values));
        }
    }

    private volatile ConcurrentHashMap<Period, Sum> pending = new ConcurrentHashMap<>();
    /** Recorders share it, a flush takes it alone to swap the map: no value is added to a map already taken. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final List<Sampler> samplers = new CopyOnWriteArrayList<>();
    private final MetricStore store;

    ServiceMetrics(MetricStore store) {
        this.store = store;
    }

    @Override
    public void record(Datapoint d) {
        long size = d.highResolution() ? 1000 : 60_000;
        MetricKey key = new MetricKey(d.account(), d.region(), d.namespace(), d.name(), d.dimensions());
        Period period = new Period(key, Math.floorDiv(d.timestampMillis(), size) * size, d.highResolution(), d.unit());
        swap.readLock().lock();
        try {
            pending.computeIfAbsent(period, p -> new Sum()).add(d.value());
        } finally {
            swap.readLock().unlock();
        }
    }

    @Override
    public void sampleEveryMinute(Sampler sampler) {
        samplers.add(sampler);
    }

    /** Asks every sampler for the minute starting at {@code minuteMillis}, inside the minute's transaction. */
    void sample(Tx tx, long minuteMillis) throws SQLException {
        for (Sampler s : samplers) {
            try {
                s.sample(tx, minuteMillis, this);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A metric sampler failed", e);
            }
        }
    }

    /** Writes what was recorded since the last flush inside {@code tx}; if {@code tx} rolls back, the next flush writes it. */
    void flush(Tx tx) throws SQLException {
        ConcurrentHashMap<Period, Sum> taken;
        swap.writeLock().lock();
        try {
            taken = pending;
            pending = new ConcurrentHashMap<>();
        } finally {
            swap.writeLock().unlock();
        }
        if (taken.isEmpty()) {
            return;
        }
        tx.afterRollback(() -> giveBack(taken));
        List<Datum> data = new ArrayList<>(taken.size());
        taken.forEach((p, s) -> data.add(s.datum(p)));
        store.insert(tx, data);
    }

    private void giveBack(Map<Period, Sum> taken) {
        swap.readLock().lock();
        try {
            taken.forEach((p, s) -> pending.computeIfAbsent(p, k -> new Sum()).add(s));
        } finally {
            swap.readLock().unlock();
        }
    }
}
