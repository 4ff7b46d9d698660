package dev.stratus.platform.port;

import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Metrics} for tests: keeps every datapoint recorded, and runs the samplers when told. */
public final class RecordedMetrics implements Metrics {
    private final List<Datapoint> recorded = new CopyOnWriteArrayList<>();
    private final List<Sampler> samplers = new CopyOnWriteArrayList<>();

    @Override
    public void record(Datapoint datapoint) {
        recorded.add(datapoint);
    }

    @Override
    public void sampleEveryMinute(Sampler sampler) {
        samplers.add(sampler);
    }

    /** Runs every sampler for the minute starting at {@code minuteMillis}. */
    public void sample(Tx tx, long minuteMillis) throws SQLException {
        for (Sampler s : samplers) {
            s.sample(tx, minuteMillis, this);
        }
    }

    public List<Datapoint> all() {
        return List.copyOf(recorded);
    }

    /** The datapoints of {@code namespace}/{@code name} with exactly {@code dimensions}. */
    public List<Datapoint> of(String namespace, String name, Map<String, String> dimensions) {
        List<Datapoint> out = new ArrayList<>();
        for (Datapoint d : recorded) {
            if (d.namespace().equals(namespace) && d.name().equals(name) && d.dimensions().equals(dimensions)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The sum of the values of {@code namespace}/{@code name} with exactly {@code dimensions}. */
    public double sum(String namespace, String name, Map<String, String> dimensions) {
        return of(namespace, name, dimensions).stream().mapToDouble(Datapoint::value).sum();
    }

    /** Every metric name recorded in {@code namespace}. */
    public List<String> names(String namespace) {
        return recorded.stream().filter(d -> d.namespace().equals(namespace)).map(Datapoint::name).distinct().sorted().toList();
    }

    public void clear() {
        recorded.clear();
    }
}
