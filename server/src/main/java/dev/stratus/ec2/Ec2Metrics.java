package dev.stratus.ec2;

import dev.stratus.ec2.InstanceStore.Row;
import dev.stratus.platform.port.Metrics;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What EC2 publishes to CloudWatch in AWS/EC2 for its running instances, with no machine behind
 * them: CPUUtilization is what the instance's tag {@value #CPU_TAG} says (a number from 0 to 100,
 * set with CreateTags to drive alarms and scaling in tests), {@value #IDLE_CPU} percent without it;
 * the network metrics are 0 and the status checks pass. As in AWS, basic monitoring publishes every
 * five minutes (one datapoint stamped with the start of the five), detailed monitoring
 * (MonitorInstances, or Monitoring.Enabled at launch) every minute, and the status checks every
 * minute either way. Each instance's metrics carry InstanceId, and AutoScalingGroupName when a group
 * launched it; with detailed monitoring also ImageId, InstanceType and none (the region's aggregate).
 */
final class Ec2Metrics {
    static final String NAMESPACE = "AWS/EC2";
    static final String CPU_TAG = "stratus:cpu-utilization";
    static final double IDLE_CPU = 0.5;
    private static final String GROUP_TAG = "aws:autoscaling:groupName";
    private static final long MINUTE = 60_000;
    private static final List<String> STATUS_CHECKS = List.of("StatusCheckFailed", "StatusCheckFailed_Instance", "StatusCheckFailed_System");

    private final InstanceStore instances;
    private final ResourceTags tags;

    Ec2Metrics(InstanceStore instances, ResourceTags tags) {
        this.instances = instances;
        this.tags = tags;
    }

    /** The minute's datapoints of every running instance: a {@link Metrics.Sampler}. */
    void sample(Tx tx, long minute, Metrics into) throws SQLException {
        boolean fiveEnd = Math.floorMod(minute / MINUTE, 5) == 4;
        Map<String, Map<String, String>> tagged = tags.ofInstances(tx, List.of(CPU_TAG, GROUP_TAG));
        for (Row r : instances.running(tx)) {
            Map<String, String> t = tagged.getOrDefault(r.id(), Map.of());
            for (String check : STATUS_CHECKS) {
                into.record(Metrics.Datapoint.of(r.account(), r.region(), NAMESPACE, check, Map.of("InstanceId", r.id()), 0, "Count", minute));
            }
            boolean detailed = "enabled".equals(r.doc().instance().path("Monitoring").path("State").asText());
            if (!detailed && !fiveEnd) {
                continue;
            }
            long at = detailed ? minute : minute - 4 * MINUTE;
            for (Map<String, String> dims : dimensions(r, t.get(GROUP_TAG), detailed)) {
                record(into, r, "CPUUtilization", dims, cpu(t.get(CPU_TAG)), "Percent", at);
                record(into, r, "NetworkIn", dims, 0, "Bytes", at);
                record(into, r, "NetworkOut", dims, 0, "Bytes", at);
                record(into, r, "NetworkPacketsIn", dims, 0, "Count", at);
                record(into, r, "NetworkPacketsOut", dims, 0, "Count", at);
            }
        }
    }

    /** The tag's number from 0 to 100, or the idle value when it has none (or not a number). */
    static double cpu(String tag) {
        if (tag == null) {
            return IDLE_CPU;
        }
        try {
            double v = Double.parseDouble(tag.trim());
            return Double.isNaN(v) ? IDLE_CPU : Math.max(0, Math.min(100, v));
        } catch (NumberFormatException notANumber) {
            return IDLE_CPU;
        }
    }

    private static List<Map<String, String>> dimensions(Row r, String group, boolean detailed) {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(Map.of("InstanceId", r.id()));
        if (group != null) {
            all.add(Map.of("AutoScalingGroupName", group));
        }
        if (detailed) {
            all.add(Map.of("ImageId", r.doc().instance().path("ImageId").asText()));
            all.add(Map.of("InstanceType", r.doc().instance().path("InstanceType").asText()));
            all.add(Map.of());
        }
        return all;
    }

    private static void record(Metrics into, Row r, String name, Map<String, String> dims, double value, String unit, long at) {
        into.record(Metrics.Datapoint.of(r.account(), r.region(), NAMESPACE, name, dims, value, unit, at));
    }
}
