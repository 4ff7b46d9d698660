package dev.stratus.platform.port;

import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.Map;

/**
 * CloudWatch's metrics as other services publish to it: the metrics AWS publishes for its own
 * services (AWS/Lambda Invocations, AWS/SQS NumberOfMessagesSent, …) and those Logs' metric filters
 * make. Recording never fails or slows the caller: datapoints are summed in memory per metric and
 * period and stored within seconds, always before an alarm evaluates them. They are not an answer
 * to anyone, so a crash may lose the last seconds of them, as it would lose AWS's.
 */
public interface Metrics {

    /** Adds one value to a metric, counted in the period (one minute, or one second when {@code highResolution}) it falls in. */
    void record(Datapoint datapoint);

    /**
     * Registers what is measured rather than counted (queue depths, running environments, an
     * instance's CPU): called once a minute, before alarms evaluate, to record the minute's values.
     */
    void sampleEveryMinute(Sampler sampler);

    /**
     * Records the values of the minute that starts at {@code minuteMillis}, reading what it measures
     * in {@code tx}: the minute's own transaction, in which a sampler must not open another.
     */
    @FunctionalInterface
    interface Sampler {
        void sample(Tx tx, long minuteMillis, Metrics into) throws SQLException;
    }

    /**
     * A value of the metric {@code namespace}/{@code name} with {@code dimensions} (order does not
     * matter, as in CloudWatch) in {@code account}'s {@code region}, in {@code unit} (AWS's unit
     * names: {@code Count}, {@code Milliseconds}, {@code Bytes}, {@code Percent}, …).
     */
    record Datapoint(String account, String region, String namespace, String name, Map<String, String> dimensions, double value,
                     String unit, long timestampMillis, boolean highResolution) {

        public static Datapoint of(String account, String region, String namespace, String name, Map<String, String> dimensions,
                                   double value, String unit, long timestampMillis) {
            return new Datapoint(account, region, namespace, name, dimensions, value, unit, timestampMillis, false);
        }
    }
}
