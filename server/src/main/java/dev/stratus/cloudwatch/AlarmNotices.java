package dev.stratus.cloudwatch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.cloudwatch.api.Dimension;
import dev.stratus.cloudwatch.api.MetricDataQuery;
import dev.stratus.cloudwatch.api.MetricStat;
import dev.stratus.platform.port.Alarms.Fired;
import dev.stratus.protocol.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an alarm's state change says, in each shape AWS writes it: the SNS notification (JSON
 * message and Subject), the payload of a Lambda alarm action, the detail of the "CloudWatch Alarm
 * State Change" event, and the {@link Fired} payload for the services that act themselves.
 */
final class AlarmNotices {
    /** Region names as AWS's notifications write them. */
    private static final Map<String, String> REGION_NAMES = Map.ofEntries(
            Map.entry("us-east-1", "US East (N. Virginia)"), Map.entry("us-east-2", "US East (Ohio)"),
            Map.entry("us-west-1", "US West (N. California)"), Map.entry("us-west-2", "US West (Oregon)"),
            Map.entry("ca-central-1", "Canada (Central)"), Map.entry("eu-west-1", "EU (Ireland)"), Map.entry("eu-west-2", "EU (London)"),
            Map.entry("eu-west-3", "EU (Paris)"), Map.entry("eu-central-1", "EU (Frankfurt)"), Map.entry("eu-north-1", "EU (Stockholm)"),
            Map.entry("eu-south-1", "EU (Milan)"), Map.entry("ap-northeast-1", "Asia Pacific (Tokyo)"),
            Map.entry("ap-northeast-2", "Asia Pacific (Seoul)"), Map.entry("ap-northeast-3", "Asia Pacific (Osaka)"),
            Map.entry("ap-southeast-1", "Asia Pacific (Singapore)"), Map.entry("ap-southeast-2", "Asia Pacific (Sydney)"),
            Map.entry("ap-south-1", "Asia Pacific (Mumbai)"), Map.entry("ap-east-1", "Asia Pacific (Hong Kong)"),
            Map.entry("sa-east-1", "South America (Sao Paulo)"), Map.entry("me-south-1", "Middle East (Bahrain)"),
            Map.entry("af-south-1", "Africa (Cape Town)"));

    /** A state change: the alarm after it, and the state, reason and reason data it left, at {@code at}. */
    record Change(Alarm alarm, String previousState, String previousReason, String previousReasonData, long previousAt, long at) {
    }

    private AlarmNotices() {
    }

    static String regionName(String region) {
        return REGION_NAMES.getOrDefault(region, region);
    }

    /** The Subject of the SNS notification: {@code ALARM: "name" in US East (N. Virginia)}. */
    static String subject(Change c) {
        String s = c.alarm().state + ": \"" + c.alarm().name + "\" in " + regionName(c.alarm().region);
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** The SNS notification's message, as AWS writes it (the Trigger of a metric alarm, of metric math, or none for a composite). */
    static String snsMessage(Change c) {
        Alarm a = c.alarm();
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("AlarmName", a.name);
        m.put("AlarmDescription", a.description);
        m.put("AWSAccountId", a.account);
        m.put("AlarmConfigurationUpdatedTimestamp", stamp(a.configurationUpdated));
        m.put("NewStateValue", a.state);
        m.put("NewStateReason", a.stateReason);
        m.put("StateChangeTime", stamp(c.at()));
        m.put("Region", regionName(a.region));
        m.put("AlarmArn", a.arn);
        m.put("OldStateValue", c.previousState());
        strings(m.putArray("OKActions"), a.okActions);
        strings(m.putArray("AlarmActions"), a.alarmActions);
        strings(m.putArray("InsufficientDataActions"), a.insufficientDataActions);
        if (a.composite()) {
            m.put("AlarmRule", a.alarmRule);
        } else {
            m.set("Trigger", trigger(a));
        }
        return Json.string(m);
    }

    private static ObjectNode trigger(Alarm a) {
        ObjectNode t = Json.MAPPER.createObjectNode();
        if (a.metrics != null && !a.metrics.isEmpty()) {
            ArrayNode metrics = t.putArray("Metrics");
            for (MetricDataQuery q : a.metrics) {
                ObjectNode e = metrics.addObject();
                if (q.expression() != null) {
                    e.put("Expression", q.expression());
                }
                e.put("Id", q.id());
                if (q.label() != null) {
                    e.put("Label", q.label());
                }
                if (q.metricStat() != null) {
                    MetricStat s = q.metricStat();
                    ObjectNode stat = e.putObject("MetricStat");
                    ObjectNode metric = stat.putObject("Metric");
                    lowerDimensions(metric.putArray("Dimensions"), s.metric().dimensions());
                    metric.put("MetricName", s.metric().metricName());
                    metric.put("Namespace", s.metric().namespace());
                    stat.put("Period", s.period());
                    stat.put("Stat", s.stat());
                    if (s.unit() != null) {
                        stat.put("Unit", s.unit());
                    }
                }
                e.put("ReturnData", !Boolean.FALSE.equals(q.returnData()));
            }
        } else {
            t.put("MetricName", a.metricName);
            t.put("Namespace", a.namespace);
            if (a.extendedStatistic != null) {
                t.put("StatisticType", "ExtendedStatistic");
                t.put("ExtendedStatistic", a.extendedStatistic);
            } else {
                t.put("StatisticType", "Statistic");
                t.put("Statistic", a.statistic.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
            }
            t.put("Unit", a.unit);
            lowerDimensions(t.putArray("Dimensions"), a.dimensions);
        }
        t.put("Period", a.evaluatedPeriod());
        t.put("EvaluationPeriods", a.evaluationPeriods);
        if (a.datapointsToAlarm != null) {
            t.put("DatapointsToAlarm", a.datapointsToAlarm);
        }
        t.put("ComparisonOperator", a.comparisonOperator);
        if (a.thresholdMetricId != null) {
            t.put("ThresholdMetricId", a.thresholdMetricId);
        } else {
            t.put("Threshold", a.threshold);
        }
        // AWS writes the setting after a label padded to a column, as its notifications show it.
        t.put("TreatMissingData", "- TreatMissingData:                    " + (a.treatMissingData != null ? a.treatMissingData : "missing"));
        t.put("EvaluateLowSampleCountPercentile", a.evaluateLowSampleCountPercentile != null ? a.evaluateLowSampleCountPercentile : "");
        return t;
    }

    /** The payload of a Lambda alarm action: source, alarmArn, accountId, time, region and alarmData. */
    static String lambdaPayload(Change c) {
        Alarm a = c.alarm();
        ObjectNode p = Json.MAPPER.createObjectNode();
        p.put("source", "aws.cloudwatch");
        p.put("alarmArn", a.arn);
        p.put("accountId", a.account);
        p.put("time", stamp(c.at()));
        p.put("region", a.region);
        ObjectNode data = p.putObject("alarmData");
        data.put("alarmName", a.name);
        stateChange(data, c);
        data.set("configuration", configuration(a));
        return Json.string(p);
    }

    /** The detail of the "CloudWatch Alarm State Change" event. */
    static ObjectNode eventDetail(Change c) {
        ObjectNode d = Json.MAPPER.createObjectNode();
        d.put("alarmName", c.alarm().name);
        stateChange(d, c);
        d.set("configuration", configuration(c.alarm()));
        return d;
    }

    private static void stateChange(ObjectNode into, Change c) {
        Alarm a = c.alarm();
        ObjectNode state = into.putObject("state");
        state.put("value", a.state);
        state.put("reason", a.stateReason);
        if (a.stateReasonData != null) {
            state.put("reasonData", a.stateReasonData);
        }
        state.put("timestamp", stamp(c.at()));
        if (a.composite() && a.actionsSuppressedBy != null) {
            state.put("actionsSuppressedBy", a.actionsSuppressedBy);
            state.put("actionsSuppressedReason", a.actionsSuppressedReason);
        }
        ObjectNode previous = into.putObject("previousState");
        previous.put("value", c.previousState());
        previous.put("reason", c.previousReason());
        if (c.previousReasonData() != null) {
            previous.put("reasonData", c.previousReasonData());
        }
        previous.put("timestamp", stamp(c.previousAt()));
    }

    /** An alarm's configuration as its events show it: the description, and its metrics (camel-cased, dimensions as an object) or rule. */
    private static ObjectNode configuration(Alarm a) {
        ObjectNode conf = Json.MAPPER.createObjectNode();
        if (a.description != null) {
            conf.put("description", a.description);
        }
        if (a.composite()) {
            conf.put("alarmRule", a.alarmRule);
            if (a.actionsSuppressor != null) {
                conf.put("actionsSuppressor", a.actionsSuppressor);
                conf.put("actionsSuppressorWaitPeriod", a.actionsSuppressorWaitPeriod);
                conf.put("actionsSuppressorExtensionPeriod", a.actionsSuppressorExtensionPeriod);
            }
            return conf;
        }
        ArrayNode metrics = conf.putArray("metrics");
        if (a.metrics != null && !a.metrics.isEmpty()) {
            for (MetricDataQuery q : a.metrics) {
                ObjectNode e = metrics.addObject();
                e.put("id", q.id());
                if (q.metricStat() != null) {
                    MetricStat s = q.metricStat();
                    ObjectNode stat = e.putObject("metricStat");
                    stat.set("metric", metric(s.metric().namespace(), s.metric().metricName(), s.metric().dimensions()));
                    stat.put("period", s.period());
                    stat.put("stat", s.stat());
                    if (s.unit() != null) {
                        stat.put("unit", s.unit());
                    }
                }
                if (q.expression() != null) {
                    e.put("expression", q.expression());
                }
                if (q.label() != null) {
                    e.put("label", q.label());
                }
                e.put("returnData", !Boolean.FALSE.equals(q.returnData()));
            }
        } else {
            ObjectNode e = metrics.addObject();
            e.put("id", java.util.UUID.nameUUIDFromBytes(a.arn.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
            ObjectNode stat = e.putObject("metricStat");
            stat.set("metric", metric(a.namespace, a.metricName, a.dimensions));
            stat.put("period", a.period);
            stat.put("stat", a.extendedStatistic != null ? a.extendedStatistic : a.statistic);
            if (a.unit != null) {
                stat.put("unit", a.unit);
            }
            e.put("returnData", true);
        }
        return conf;
    }

    private static ObjectNode metric(String namespace, String name, List<Dimension> dimensions) {
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("namespace", namespace);
        m.put("name", name);
        ObjectNode dims = m.putObject("dimensions");
        if (dimensions != null) {
            dimensions.forEach(d -> dims.put(d.name(), d.value()));
        }
        return m;
    }

    /** What an Auto Scaling policy or an EC2 action is told. */
    static String fired(Change c) {
        Alarm a = c.alarm();
        Map<String, String> dims = new LinkedHashMap<>();
        if (a.dimensions != null) {
            a.dimensions.forEach(d -> dims.put(d.name(), d.value()));
        }
        return Json.string(new Fired(a.name, a.arn, a.account, a.region, a.state, c.previousState(), a.lastValue, a.threshold, dims, c.at()));
    }

    static String stamp(long millis) {
        return AlarmEvaluator.STAMP.format(Instant.ofEpochMilli(millis));
    }

    private static void strings(ArrayNode into, List<String> values) {
        if (values != null) {
            values.forEach(into::add);
        }
    }

    private static void lowerDimensions(ArrayNode into, List<Dimension> dimensions) {
        if (dimensions != null) {
            for (Dimension d : dimensions) {
                into.addObject().put("value", d.value()).put("name", d.name());
            }
        }
    }
}
