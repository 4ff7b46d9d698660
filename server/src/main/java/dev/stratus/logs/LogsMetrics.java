package dev.stratus.logs;

import dev.stratus.platform.port.Metrics;
import dev.stratus.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What CloudWatch Logs publishes to CloudWatch in AWS/Logs as a group ingests events: IncomingBytes
 * (uncompressed message bytes) and IncomingLogEvents, by LogGroupName and across the account.
 */
final class LogsMetrics {
    static final String NAMESPACE = "AWS/Logs";

    private final Metrics metrics;
    private final Clock clock;

    LogsMetrics(Metrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** {@code events} events of {@code bytes} bytes stored in the group. */
    void ingested(String account, String region, String group, long events, long bytes) {
        if (events == 0) {
            return;
        }
        long now = clock.millis();
        for (Map<String, String> dims : List.of(Map.of("LogGroupName", group), Map.<String, String>of())) {
            metrics.record(Metrics.Datapoint.of(account, region, NAMESPACE, "IncomingBytes", dims, bytes, "Bytes", now));
            metrics.record(Metrics.Datapoint.of(account, region, NAMESPACE, "IncomingLogEvents", dims, events, "Count", now));
        }
    }
}
