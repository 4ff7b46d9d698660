package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.PutScalingPolicyType;
import dev.stratus.autoscaling.api.ScalingPolicy;
import dev.stratus.autoscaling.api.StepAdjustment;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Scaling policies: simple, step, target tracking and predictive ones are stored as
 * PutScalingPolicy gives them; ExecutePolicy runs a simple policy (honouring its cooldown when
 * asked) or a step policy (the step whose bounds hold the metric's breach), changing the desired
 * capacity as its adjustment type says. CloudWatch alarms do not drive them yet: Stratus has no
 * alarms, so target tracking policies create none and never act.
 */
final class ScalingPolicies {
    static final List<String> ADJUSTMENT_TYPES = List.of("ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity");
    private static final Set<String> POLICY_TYPES = Set.of("SimpleScaling", "StepScaling", "TargetTrackingScaling", "PredictiveScaling");

    private final Clock clock;
    private final AutoScalingRepository repo;
    private final Scaler scaler;
    private final Activities activities;
    private final Groups groups;

    ScalingPolicies(Clock clock, AutoScalingRepository repo, Scaler scaler, Activities activities, Groups groups) {
        this.clock = clock;
        this.repo = repo;
        this.scaler = scaler;
        this.activities = activities;
        this.groups = groups;
    }

    /** PutScalingPolicy: creates or replaces the policy; answers its ARN, kept across replacements. */
    String put(Tx tx, Group g, PutScalingPolicyType in) throws SQLException {
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
        repo.put(tx, Kind.POLICY, g.account, g.region, g.name, in.policyName(), 0, new ScalingPolicy(g.name, in.policyName(), arn, type,
                in.adjustmentType(), in.minAdjustmentStep(), in.minAdjustmentMagnitude(), in.scalingAdjustment(), in.cooldown(),
                stepped ? in.stepAdjustments() : type.equals("SimpleScaling") ? List.of() : null, stepped ? aggregation(in.metricAggregationType()) : null,
                in.estimatedInstanceWarmup(), List.of(), in.targetTrackingConfiguration(), in.enabled() == null ? Boolean.TRUE : in.enabled(),
                in.predictiveScalingConfiguration()));
        return arn;
    }

    List<ScalingPolicy> list(Tx tx, String account, String region, String group) throws SQLException {
        return repo.list(tx, Kind.POLICY, account, region, group, ScalingPolicy.class);
    }

    void delete(Tx tx, Group g, String name) throws SQLException {
        require(tx, g, name);
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
