package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.api.Dimension;
import dev.stratus.cloudwatch.api.MetricDataQuery;
import java.util.List;

/**
 * One alarm as stored (a JSON document): a metric alarm (on one metric, or on metric math through
 * {@code metrics}) or a composite alarm (on {@code alarmRule}), its actions and its state.
 * Its state moves only by {@link Alarms}: INSUFFICIENT_DATA when made, then as each evaluation
 * (or SetAlarmState) finds; {@code stateTransitioned} changes only when the value does.
 */
final class Alarm {
    static final String METRIC = "MetricAlarm";
    static final String COMPOSITE = "CompositeAlarm";
    static final String OK = "OK";
    static final String ALARM = "ALARM";
    static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";

    public String type;
    public String account;
    public String region;
    public String name;
    public String arn;
    public String description;
    public boolean actionsEnabled = true;
    public List<String> okActions = List.of();
    public List<String> alarmActions = List.of();
    public List<String> insufficientDataActions = List.of();
    public long configurationUpdated;

    public String state = INSUFFICIENT_DATA;
    public String stateReason;
    public String stateReasonData;
    public long stateUpdated;
    public long stateTransitioned;

    // A metric alarm's definition
    public String namespace;
    public String metricName;
    public List<Dimension> dimensions;
    public String statistic;
    public String extendedStatistic;
    public Integer period;
    public String unit;
    public Integer evaluationPeriods;
    public Integer datapointsToAlarm;
    public Double threshold;
    public String comparisonOperator;
    public String treatMissingData;
    public String evaluateLowSampleCountPercentile;
    public List<MetricDataQuery> metrics;
    public String thresholdMetricId;
    /** The latest value an evaluation found, for the actions of services that scale by it. */
    public Double lastValue;

    // A composite alarm's definition, and its actions' suppression
    public String alarmRule;
    public String actionsSuppressor;
    public Integer actionsSuppressorWaitPeriod;
    public Integer actionsSuppressorExtensionPeriod;
    public String actionsSuppressedBy;
    public String actionsSuppressedReason;
    /** When the suppressor's WaitPeriod or ExtensionPeriod ends (epoch millis), or 0. */
    public long suppressedUntil;

    boolean composite() {
        return COMPOSITE.equals(type);
    }

    /** The period evaluations run on: a metric alarm's own, or its metric queries'. */
    int evaluatedPeriod() {
        if (period != null) {
            return period;
        }
        if (metrics != null) {
            for (MetricDataQuery q : metrics) {
                if (q.metricStat() != null && q.metricStat().period() != null) {
                    return q.metricStat().period();
                }
                if (q.period() != null) {
                    return q.period();
                }
            }
        }
        return 60;
    }

    /** Evaluated every 10 seconds rather than every minute: a period of 10 or 30 seconds (a high-resolution alarm). */
    boolean highResolution() {
        return !composite() && evaluatedPeriod() < 60;
    }

    List<String> actionsFor(String value) {
        return switch (value) {
            case OK -> okActions;
            case ALARM -> alarmActions;
            default -> insufficientDataActions;
        };
    }
}
