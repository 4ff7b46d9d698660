package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.EnabledMetric;
import dev.stratus.platform.port.Metrics;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What Auto Scaling publishes to CloudWatch in AWS/AutoScaling, by AutoScalingGroupName: each
 * minute, for every group with metrics collection enabled, the metrics it enabled (sizes, and its
 * instances by lifecycle state). Every instance weighs one unit of capacity here, so the *Capacity
 * metrics equal the *Instances ones, and no group has a warm pool (its metrics are 0).
 */
final class AutoScalingMetrics {
    static final String NAMESPACE = "AWS/AutoScaling";

    private final AutoScalingRepository repo;

    AutoScalingMetrics(AutoScalingRepository repo) {
        this.repo = repo;
    }

    /** The minute's values of every group that collects metrics: a {@link Metrics.Sampler}. */
    void sample(Tx tx, long minute, Metrics into) throws SQLException {
        List<Group> collecting = repo.everywhere(tx, Kind.GROUP, Group.class).stream().filter(g -> !g.enabledMetrics.isEmpty()).toList();
        if (collecting.isEmpty()) {
            return;
        }
        Map<List<String>, List<Member>> members = new HashMap<>();
        for (Member m : repo.everywhere(tx, Kind.INSTANCE, Member.class)) {
            members.computeIfAbsent(List.of(m.account, m.region, m.group), k -> new ArrayList<>()).add(m);
        }
        for (Group g : collecting) {
            Map<String, Double> values = values(g, members.getOrDefault(List.of(g.account, g.region, g.name), List.of()));
            for (EnabledMetric e : g.enabledMetrics) {
                Double v = values.get(e.metric());
                if (v != null) {
                    into.record(Metrics.Datapoint.of(g.account, g.region, NAMESPACE, e.metric(), Map.of("AutoScalingGroupName", g.name), v, "None",
                            minute));
                }
            }
        }
    }

    /** Every group metric's value now. */
    static Map<String, Double> values(Group g, List<Member> members) {
        double inService = count(members, s -> s.equals(Member.IN_SERVICE));
        double pending = count(members, s -> s.startsWith(Member.PENDING));
        double standby = count(members, s -> s.equals(Member.STANDBY));
        double terminating = count(members, s -> s.startsWith(Member.TERMINATING));
        double total = inService + pending + standby + terminating;
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("GroupMinSize", (double) g.minSize);
        v.put("GroupMaxSize", (double) g.maxSize);
        v.put("GroupDesiredCapacity", (double) g.desiredCapacity);
        v.put("GroupInServiceInstances", inService);
        v.put("GroupPendingInstances", pending);
        v.put("GroupStandbyInstances", standby);
        v.put("GroupTerminatingInstances", terminating);
        v.put("GroupTotalInstances", total);
        v.put("GroupInServiceCapacity", inService);
        v.put("GroupPendingCapacity", pending);
        v.put("GroupStandbyCapacity", standby);
        v.put("GroupTerminatingCapacity", terminating);
        v.put("GroupTotalCapacity", total);
        for (String warm : List.of("WarmPoolDesiredCapacity", "WarmPoolWarmedCapacity", "WarmPoolPendingCapacity", "WarmPoolTerminatingCapacity",
                "WarmPoolTotalCapacity")) {
            v.put(warm, 0.0);
        }
        v.put("GroupAndWarmPoolDesiredCapacity", (double) g.desiredCapacity);
        v.put("GroupAndWarmPoolTotalCapacity", total);
        return v;
    }

    private static double count(List<Member> members, Predicate<String> state) {
        return members.stream().filter(m -> state.test(m.state)).count();
    }
}
