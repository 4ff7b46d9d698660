package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.Alarm;
import dev.stratus.autoscaling.api.CustomizedMetricSpecification;
import dev.stratus.autoscaling.api.PutScalingPolicyType;
import dev.stratus.autoscaling.api.ScalingPolicy;
import dev.stratus.autoscaling.api.StepAdjustment;
import dev.stratus.autoscaling.api.TargetTrackingConfiguration;
import dev.stratus.platform.port.Alarms;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scaling policies: simple, step, target tracking and predictive ones are stored as
 * PutScalingPolicy gives them; ExecutePolicy runs a simple policy (honouring its cooldown when
 * asked) or a step policy (the step whose bounds hold the metric's breach), changing the desired
 * capacity as its adjustment type says. CloudWatch alarms run them too: a simple or step policy
 * an alarm's action names, and the two alarms CloudWatch keeps for a target tracking policy
 * ({@code TargetTracking-<group>-AlarmHigh-<uuid>} and {@code -AlarmLow-}, made and deleted with it
 * through the {@link Alarms} port), which scale in proportion to the metric's distance from the target.
 */
final class ScalingPolicies {
    static final List<String> ADJUSTMENT_TYPES = List.of("ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity");
    private static final Set<String> POLICY_TYPES = Set.of("SimpleScaling", "StepScaling", "TargetTrackingScaling", "PredictiveScaling");

    private final Clock clock;
    private final AutoScalingRepository repo;
    private final Scaler scaler;
    private final Activities activities;
    private final Groups groups;
    private final Alarms alarms;

    ScalingPolicies(Clock clock, AutoScalingRepository repo, Scaler scaler, Activities activities, Groups groups, Alarms alarms) {
        this.clock = clock;
        this.repo = repo;
        this.scaler = scaler;
        this.activities = activities;
        this.groups = groups;
        this.alarms = alarms;
    }

    /**
     * PutScalingPolicy: creates or replaces the policy (its ARN kept across replacements), with the
     * alarms of a target tracking policy made anew; answers the policy.
     */
    ScalingPolicy put(Tx tx, Group g, PutScalingPolicyType in) throws SQLException {
        String type = in.policyType() != null ? in.policyType() : "SimpleScaling";
        if (!POLICY_TYPES.contains(type)) {
            throw new AwsException("ValidationError", "Invalid policy type " + type + ". Valid values are SimpleScaling, StepScaling, TargetTrackingScaling and PredictiveScaling.");
        }
        switch (type) {
            case "SimpleScaling" -> {
                adjustmentType(in.adjustmentType(), type);
                if (in.scalingAdjustment() == null) {
                    throw new AwsException("ValidationError", "ScalingAdjustment is required for SimpleScaling policy type.");
                }
                if (in.stepAdjustments() != null && !in.stepAdjustments().isEmpty()) {
                    throw new AwsException("ValidationError", "StepAdjustments is not supported for SimpleScaling policy type.");
                }
            }
            case "StepScaling" -> {
                adjustmentType(in.adjustmentType(), type);
                if (in.stepAdjustments() == null || in.stepAdjustments().isEmpty()) {
                    throw new AwsException("ValidationError", "StepAdjustments is required for StepScaling policy type.");
                }
                if (in.scalingAdjustment() != null) {
                    throw new AwsException("ValidationError", "ScalingAdjustment is not supported for StepScaling policy type.");
                }
            }
            case "TargetTrackingScaling" -> {
                var c = in.targetTrackingConfiguration();
                if (c == null || c.targetValue() == null) {
                    throw new AwsException("ValidationError", "TargetTrackingConfiguration with a TargetValue is required for TargetTrackingScaling policy type.");
                }
                if ((c.predefinedMetricSpecification() == null) == (c.customizedMetricSpecification() == null)) {
                    throw new AwsException("ValidationError", "Exactly one of PredefinedMetricSpecification or CustomizedMetricSpecification must be specified.");
                }
            }
            default -> {
                if (in.predictiveScalingConfiguration() == null) {
                    throw new AwsException("ValidationError", "PredictiveScalingConfiguration is required for PredictiveScaling policy type.");
                }
            }
        }
        if (in.minAdjustmentMagnitude() != null && !"PercentChangeInCapacity".equals(in.adjustmentType())) {
            throw new AwsException("ValidationError", "MinAdjustmentMagnitude is only supported with PercentChangeInCapacity adjustment type.");
        }
        ScalingPolicy old = repo.get(tx, Kind.POLICY, g.account, g.region, g.name, in.policyName(), ScalingPolicy.class);
        String arn = old != null ? old.policyARN() : Arn.of("autoscaling", g.region, g.account, "scalingPolicy:" + Ids.uuid() + ":autoScalingGroupName/"
                + g.name + ":policyName/" + in.policyName()).toString();
        boolean stepped = type.equals("StepScaling");
        if (old != null) {
            deleteAlarms(tx, g, old);
        }
        List<Alarm> made = type.equals("TargetTrackingScaling") ? trackingAlarms(tx, g, arn, in.targetTrackingConfiguration()) : List.of();
        ScalingPolicy p = new ScalingPolicy(g.name, in.policyName(), arn, type,
                in.adjustmentType(), in.minAdjustmentStep(), in.minAdjustmentMagnitude(), in.scalingAdjustment(), in.cooldown(),
                stepped ? in.stepAdjustments() : type.equals("SimpleScaling") ? List.of() : null, stepped ? aggregation(in.metricAggregationType()) : null,
                in.estimatedInstanceWarmup(), made, in.targetTrackingConfiguration(), in.enabled() == null ? Boolean.TRUE : in.enabled(),
                in.predictiveScalingConfiguration());
        repo.put(tx, Kind.POLICY, g.account, g.region, g.name, in.policyName(), 0, p);
        return p;
    }

    /**
     * The alarms CloudWatch keeps for a target tracking policy, named and set as AWS sets them: AlarmHigh
     * when the metric is above the target for 3 minutes, AlarmLow (unless scale-in is disabled) when it
     * is below 90 % of it for 15; each runs the policy.
     */
    private List<Alarm> trackingAlarms(Tx tx, Group g, String policyArn, TargetTrackingConfiguration c) throws SQLException {
        String namespace;
        String metric;
        String statistic = "Average";
        String unit = null;
        int period = 60;
        Map<String, String> dimensions = new LinkedHashMap<>();
        if (c.predefinedMetricSpecification() != null) {
            String type = c.predefinedMetricSpecification().predefinedMetricType();
            switch (type) {
                case "ASGAverageCPUUtilization", "ASGAverageNetworkIn", "ASGAverageNetworkOut" -> {
                    namespace = "AWS/EC2";
                    metric = type.substring("ASGAverage".length());
                    dimensions.put("AutoScalingGroupName", g.name);
                }
                case "ALBRequestCountPerTarget" -> {
                    String label = c.predefinedMetricSpecification().resourceLabel();
                    int tg = label == null ? -1 : label.indexOf("targetgroup/");
                    if (tg < 0) {
                        throw new AwsException("ValidationError", "ResourceLabel must name a load balancer and target group for ALBRequestCountPerTarget.");
                    }
                    namespace = "AWS/ApplicationELB";
                    metric = "RequestCountPerTarget";
                    statistic = "Sum";
                    dimensions.put("TargetGroup", label.substring(tg));
                }
                default -> throw new AwsException("ValidationError", "Invalid PredefinedMetricType " + type + ".");
            }
        } else {
            CustomizedMetricSpecification m = c.customizedMetricSpecification();
            if (m.metrics() != null && !m.metrics().isEmpty()) {
                throw new AwsException("ValidationError", "Stratus does not make target tracking alarms on metric math: give MetricName, Namespace and Statistic.");
            }
            if (m.metricName() == null || m.namespace() == null || m.statistic() == null) {
                throw new AwsException("ValidationError", "CustomizedMetricSpecification needs MetricName, Namespace and Statistic.");
            }
            namespace = m.namespace();
            metric = m.metricName();
            statistic = m.statistic();
            unit = m.unit();
            period = m.period() != null ? m.period() : 60;
            if (m.dimensions() != null) {
                m.dimensions().forEach(d -> dimensions.put(d.name(), d.value()));
            }
        }
        String description = "DO NOT EDIT OR DELETE. For TargetTrackingScaling policy " + policyArn + ".";
        List<Alarm> made = new ArrayList<>();
        String high = "TargetTracking-" + g.name + "-AlarmHigh-" + Ids.uuid();
        made.add(new Alarm(high, alarms.put(tx, new Alarms.MetricAlarm(g.account, g.region, high, description, namespace, metric, dimensions, statistic,
                unit, period, 3, 3, c.targetValue(), "GreaterThanThreshold", List.of(policyArn), List.of()))));
        if (!Boolean.TRUE.equals(c.disableScaleIn())) {
            String low = "TargetTracking-" + g.name + "-AlarmLow-" + Ids.uuid();
            made.add(new Alarm(low, alarms.put(tx, new Alarms.MetricAlarm(g.account, g.region, low, description, namespace, metric, dimensions, statistic,
                    unit, period, 15, 15, c.targetValue() * 0.9, "LessThanThreshold", List.of(policyArn), List.of()))));
        }
        return made;
    }

    /** Deletes the alarms of the group's target tracking policies, as deleting the group does. */
    void deleteAlarms(Tx tx, Group g) throws SQLException {
        for (ScalingPolicy p : list(tx, g.account, g.region, g.name)) {
            deleteAlarms(tx, g, p);
        }
    }

    private void deleteAlarms(Tx tx, Group g, ScalingPolicy p) throws SQLException {
        if (p.alarms() != null && !p.alarms().isEmpty() && "TargetTrackingScaling".equals(p.policyType())) {
            alarms.delete(tx, g.account, g.region, p.alarms().stream().map(Alarm::alarmName).toList());
        }
    }

    List<ScalingPolicy> list(Tx tx, String account, String region, String group) throws SQLException {
        return repo.list(tx, Kind.POLICY, account, region, group, ScalingPolicy.class);
    }

    void delete(Tx tx, Group g, String name) throws SQLException {
        deleteAlarms(tx, g, require(tx, g, name));
        repo.delete(tx, Kind.POLICY, g.account, g.region, g.name, name);
    }

    /** ExecutePolicy. */
    void execute(Tx tx, Group g, String name, boolean honorCooldown, Double metricValue, Double breachThreshold) throws SQLException {
        ScalingPolicy p = require(tx, g, name);
        if (Boolean.FALSE.equals(p.enabled())) {
            throw new AwsException("ValidationError", "Policy " + name + " is disabled.");
        }
        int adjustment;
        switch (p.policyType()) {
            case "SimpleScaling" -> {
                if (metricValue != null || breachThreshold != null) {
                    throw new AwsException("ValidationError", "MetricValue and BreachThreshold are only supported for StepScaling policies.");
                }
                if (honorCooldown && clock.millis() < g.cooldownUntilMillis) {
                    throw new AwsException("ScalingActivityInProgressFault", "Scaling activity cannot proceed during the cooldown period.");
                }
                adjustment = p.scalingAdjustment();
            }
            case "StepScaling" -> {
                if (metricValue == null || breachThreshold == null) {
                    throw new AwsException("ValidationError", "MetricValue and BreachThreshold are required for StepScaling policies.");
                }
                StepAdjustment step = step(p.stepAdjustments(), metricValue - breachThreshold);
                if (step == null) {
                    throw new AwsException("ValidationError", "No step adjustment found for metric value " + metricValue + " and breach threshold "
                            + breachThreshold + ".");
                }
                adjustment = step.scalingAdjustment();
            }
            default -> throw new AwsException("ValidationError", "ExecutePolicy is not supported for " + p.policyType() + " policies.");
        }
        int desired = (int) Math.max(g.minSize, Math.min(g.maxSize, capacity(g.desiredCapacity, p.adjustmentType(), adjustment, p.minAdjustmentMagnitude())));
        if (p.policyType().equals("SimpleScaling")) {
            g.cooldownUntilMillis = clock.millis() + 1000L * (p.cooldown() != null ? p.cooldown() : g.defaultCooldown);
        }
        int from = g.desiredCapacity;
        g.desiredCapacity = desired;
        groups.save(tx, g);
        if (desired != from) {
            scaler.settle(tx, g, activities.at() + " a user request executed policy " + name + " changing the desired capacity from " + from + " to " + desired + ".");
        }
    }

    /**
     * An alarm's action ran the policy: a simple policy after its cooldown, a step policy by the step
     * that holds the breach (the alarm's value less its threshold), a target tracking policy toward
     * its target (out by the metric's ratio to it, at least one instance; in only while the ratio
     * leaves fewer instances). Nothing happens while the group's AlarmNotification process is
     * suspended, or when the policy is disabled.
     */
    void alarmFired(Tx tx, Group g, String policyArn, Alarms.Fired f) throws SQLException {
        ScalingPolicy p = list(tx, g.account, g.region, g.name).stream().filter(x -> x.policyARN().equals(policyArn)).findFirst().orElse(null);
        if (p == null || Boolean.FALSE.equals(p.enabled()) || g.suspended("AlarmNotification")) {
            return;
        }
        long desired;
        switch (p.policyType()) {
            case "SimpleScaling" -> {
                if (clock.millis() < g.cooldownUntilMillis) {
                    return;
                }
                desired = capacity(g.desiredCapacity, p.adjustmentType(), p.scalingAdjustment(), p.minAdjustmentMagnitude());
                g.cooldownUntilMillis = clock.millis() + 1000L * (p.cooldown() != null ? p.cooldown() : g.defaultCooldown);
            }
            case "StepScaling" -> {
                StepAdjustment step = f.metricValue() == null || f.threshold() == null ? null : step(p.stepAdjustments(), f.metricValue() - f.threshold());
                if (step == null) {
                    return;
                }
                desired = capacity(g.desiredCapacity, p.adjustmentType(), step.scalingAdjustment(), p.minAdjustmentMagnitude());
            }
            case "TargetTrackingScaling" -> {
                if (f.metricValue() == null || !"ALARM".equals(f.state())) {
                    return;
                }
                desired = tracked(g.desiredCapacity, f.metricValue(), p.targetTrackingConfiguration().targetValue(), f.alarmName().contains("-AlarmLow-"));
            }
            default -> {
                return;
            }
        }
        int to = (int) Math.max(g.minSize, Math.min(g.maxSize, desired));
        int from = g.desiredCapacity;
        if (to == from) {
            groups.save(tx, g);
            return;
        }
        g.desiredCapacity = to;
        groups.save(tx, g);
        scaler.settle(tx, g, activities.at() + " a monitor alarm " + f.alarmName() + " in state " + f.state() + " triggered policy " + p.policyName()
                + " changing the desired capacity from " + from + " to " + to + ".");
    }

    /**
     * The capacity a target tracking policy asks for: the capacity that would bring the metric to the
     * target were it spread evenly; out by at least one, in only when fewer instances would still keep it at or below the target.
     */
    static long tracked(int current, double metric, double target, boolean scaleIn) {
        long needed = target <= 0 ? current + 1L : (long) Math.ceil(current * metric / target);
        if (scaleIn) {
            return Math.min(current, needed);
        }
        return Math.max(current + 1L, needed);
    }

    /**
     * The capacity an adjustment leads to, before the group's bounds; a percentage moves by at least one
     * instance, and by at least MinAdjustmentMagnitude when set. In longs: an adjustment near the
     * integers' limits would otherwise wrap round and shrink a group it should grow.
     */
    static long capacity(int current, String adjustmentType, int adjustment, Integer minMagnitude) {
        return switch (adjustmentType) {
            case "ExactCapacity" -> adjustment;
            case "PercentChangeInCapacity" -> {
                double raw = (double) current * adjustment / 100.0;
                long change = raw > 0 && raw < 1 ? 1 : raw < 0 && raw > -1 ? -1 : (long) raw;
                if (minMagnitude != null && Math.abs(change) < minMagnitude) {
                    change = Integer.signum(adjustment) * minMagnitude;
                }
                yield current + change;
            }
            default -> (long) current + adjustment;
        };
    }

    /** The step whose interval (lower bound inclusive, upper exclusive; a missing bound is unbounded) holds {@code breach}. */
    static StepAdjustment step(List<StepAdjustment> steps, double breach) {
        for (StepAdjustment s : steps) {
            boolean above = s.metricIntervalLowerBound() == null || breach >= s.metricIntervalLowerBound();
            boolean below = s.metricIntervalUpperBound() == null || breach < s.metricIntervalUpperBound();
            if (above && below) {
                return s;
            }
        }
        return null;
    }

    private ScalingPolicy require(Tx tx, Group g, String name) throws SQLException {
        ScalingPolicy p = repo.get(tx, Kind.POLICY, g.account, g.region, g.name, name, ScalingPolicy.class);
        if (p == null) {
            throw new AwsException("ValidationError", "No scaling policy found for AutoScalingGroup " + g.name + " with name " + name + ".");
        }
        return p;
    }

    private static void adjustmentType(String type, String policyType) {
        if (type == null) {
            throw new AwsException("ValidationError", "AdjustmentType is required for " + policyType + " policy type.");
        }
        if (!ADJUSTMENT_TYPES.contains(type)) {
            throw new AwsException("ValidationError", "Invalid adjustment type " + type + ". Valid values are ChangeInCapacity, ExactCapacity and PercentChangeInCapacity.");
        }
    }

    private static String aggregation(String given) {
        String a = given != null ? given : "Average";
        if (!Set.of("Minimum", "Maximum", "Average").contains(a)) {
            throw new AwsException("ValidationError", "Invalid MetricAggregationType " + a + ". Valid values are Minimum, Maximum and Average.");
        }
        return a;
    }
}
