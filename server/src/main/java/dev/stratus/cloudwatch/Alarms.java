package dev.stratus.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.cloudwatch.api.*;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CloudWatch's alarm operations: PutMetricAlarm, PutCompositeAlarm, DescribeAlarms,
 * DescribeAlarmsForMetric, DeleteAlarms, DescribeAlarmHistory, SetAlarmState,
 * Enable/DisableAlarmActions and the alarms' tags, and what {@link ServiceAlarms} does for other
 * services. How states change is {@link AlarmStates}'s.
 */
final class Alarms {
    static final Set<String> COMPARISONS = Set.of("GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold",
            "LessThanOrEqualToThreshold");
    static final Set<String> BAND_COMPARISONS = Set.of("LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold",
            "GreaterThanUpperThreshold");
    private static final Set<String> MISSING_DATA = Set.of("breaching", "notBreaching", "ignore", "missing");
    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(\\.\\d{1,10})?|100(\\.0{1,10})?)");
    private static final Pattern EC2_ACTION = Pattern.compile("arn:aws[a-z-]*:automate:[a-z0-9-]+:ec2:(stop|terminate|reboot|recover)");
    private static final Pattern SWF_EC2_ACTION = Pattern.compile("action/actions/AWS_EC2\\.InstanceId\\.(Stop|Terminate|Reboot)/1\\.0");
    private static final String INITIAL_REASON = "Unchecked: Initial alarm creation";
    private static final int MAX_RECORDS = 50;
    private static final int MAX_HISTORY = 100;
    private static final TagRules TAG_RULES = new TagRules(r -> new AwsException("InvalidParameterValue", r.reason()),
            () -> new AwsException("InvalidParameterValue", "A resource can have at most " + Tags.MAX_PER_RESOURCE + " tags."), null);

    private final Store store;
    private final Clock clock;
    private final AlarmRepository repo;
    private final AlarmStates states;

    Alarms(Store store, Clock clock, AlarmRepository repo, AlarmStates states) {
        this.store = store;
        this.clock = clock;
        this.repo = repo;
        this.states = states;
    }

    // PutMetricAlarm

    void putMetricAlarm(RequestContext ctx, PutMetricAlarmInput in) {
        Alarm a = metricAlarm(ctx.accountId(), ctx.region(), in);
        Map<String, String> tags = tags(in.tags());
        store.write(tx -> {
            save(tx, a, tags);
            return null;
        });
    }

    /** The alarm PutMetricAlarm describes, checked as AWS checks it. */
    static Alarm metricAlarm(String account, String region, PutMetricAlarmInput in) {
        Alarm a = new Alarm();
        a.type = Alarm.METRIC;
        common(a, account, region, in.alarmName(), in.alarmDescription(), in.actionsEnabled(), in.okActions(), in.alarmActions(),
                in.insufficientDataActions());
        boolean math = in.metrics() != null && !in.metrics().isEmpty();
        if (math) {
            if (in.metricName() != null || in.namespace() != null || in.statistic() != null || in.extendedStatistic() != null
                    || in.dimensions() != null && !in.dimensions().isEmpty() || in.period() != null || in.unit() != null) {
                throw validation("Metrics list cannot be combined with MetricName, Namespace, Dimensions, Statistic, ExtendedStatistic, Unit or Period.");
            }
            long returning = in.metrics().stream().filter(q -> !Boolean.FALSE.equals(q.returnData())).count();
            if (returning != 1) {
                throw validation("Exactly one element of the metrics list should return data.");
            }
            for (MetricDataQuery q : in.metrics()) {
                if ((q.metricStat() == null) == (q.expression() == null)) {
                    throw validation("Exactly one of MetricStat and Expression must be specified for each element of the Metrics list (Id " + q.id() + ").");
                }
                if (q.metricStat() != null) {
                    period(q.metricStat().period());
                }
            }
            a.metrics = in.metrics();
        } else {
            if (in.metricName() == null || in.namespace() == null) {
                throw validation("MetricName and Namespace must be specified when Metrics is not.");
            }
            if ((in.statistic() == null) == (in.extendedStatistic() == null)) {
                throw validation("Exactly one of Statistic and ExtendedStatistic must be specified.");
            }
            if (in.extendedStatistic() != null && !PERCENTILE.matcher(in.extendedStatistic()).matches()) {
                throw validation("The value " + in.extendedStatistic() + " for parameter ExtendedStatistic is not supported.");
            }
            if (in.period() == null) {
                throw validation("Period must be specified.");
            }
            period(in.period());
            a.namespace = in.namespace();
            a.metricName = in.metricName();
            a.dimensions = in.dimensions() == null ? List.of() : in.dimensions();
            a.statistic = in.statistic();
            a.extendedStatistic = in.extendedStatistic();
            a.period = in.period();
            a.unit = in.unit();
        }
        if (in.evaluationPeriods() == null) {
            throw validation("EvaluationPeriods must be specified.");
        }
        a.evaluationPeriods = in.evaluationPeriods();
        if ((long) a.evaluationPeriods * a.evaluatedPeriod() > 86_400) {
            throw validation("Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400).");
        }
        if (in.datapointsToAlarm() != null && in.datapointsToAlarm() > in.evaluationPeriods()) {
            throw validation("DatapointsToAlarm must be less than or equal to EvaluationPeriods.");
        }
        a.datapointsToAlarm = in.datapointsToAlarm();
        if (in.comparisonOperator() == null) {
            throw validation("ComparisonOperator must be specified.");
        }
        if (BAND_COMPARISONS.contains(in.comparisonOperator()) || in.thresholdMetricId() != null) {
            throw validation("Stratus does not evaluate anomaly detection bands: ComparisonOperator " + in.comparisonOperator()
                    + " and ThresholdMetricId need an ANOMALY_DETECTION_BAND, which Stratus does not compute.");
        }
        if (!COMPARISONS.contains(in.comparisonOperator())) {
            throw validation("Invalid value " + in.comparisonOperator() + " for ComparisonOperator.");
        }
        if (in.threshold() == null) {
            throw validation("Threshold must be specified.");
        }
        a.comparisonOperator = in.comparisonOperator();
        a.threshold = in.threshold();
        if (in.treatMissingData() != null && !MISSING_DATA.contains(in.treatMissingData())) {
            throw validation("Invalid value " + in.treatMissingData() + " for TreatMissingData: valid values are breaching, notBreaching, ignore and missing.");
        }
        a.treatMissingData = in.treatMissingData();
        if (in.evaluateLowSampleCountPercentile() != null) {
            if (!Set.of("evaluate", "ignore").contains(in.evaluateLowSampleCountPercentile())) {
                throw validation("Invalid value " + in.evaluateLowSampleCountPercentile()
                        + " for EvaluateLowSampleCountPercentile: valid values are evaluate and ignore.");
            }
            if (a.extendedStatistic == null) {
                throw validation("EvaluateLowSampleCountPercentile may only be used with a percentile ExtendedStatistic.");
            }
        }
        a.evaluateLowSampleCountPercentile = in.evaluateLowSampleCountPercentile();
        for (String action : all(a)) {
            action(action, false, a.dimensions);
        }
        return a;
    }

    private static void period(Integer period) {
        if (period == null || !(period == 10 || period == 20 || period == 30 || period % 60 == 0)) {
            throw validation("The parameter Period must be 10, 20, 30 or a multiple of 60.");
        }
    }

    private static void common(Alarm a, String account, String region, String name, String description, Boolean actionsEnabled, List<String> ok,
                               List<String> alarm, List<String> insufficient) {
        a.account = account;
        a.region = region;
        a.name = name;
        a.arn = Arn.of("cloudwatch", region, account, "alarm:" + name).toString();
        a.description = description;
        a.actionsEnabled = !Boolean.FALSE.equals(actionsEnabled);
        a.okActions = ok == null ? List.of() : List.copyOf(ok);
        a.alarmActions = alarm == null ? List.of() : List.copyOf(alarm);
        a.insufficientDataActions = insufficient == null ? List.of() : List.copyOf(insufficient);
    }

    private static List<String> all(Alarm a) {
        List<String> out = new ArrayList<>(a.okActions);
        out.addAll(a.alarmActions);
        out.addAll(a.insufficientDataActions);
        return out;
    }

    /**
     * Checks an action's ARN: SNS topics and Lambda functions; for metric alarms also Auto Scaling
     * policies and EC2 actions, which need the metric's InstanceId. Systems Manager's OpsItems and
     * incidents are refused: Stratus does not serve Systems Manager's OpsCenter or Incident Manager.
     */
    static void action(String action, boolean composite, List<Dimension> dimensions) {
        Arn arn = Arn.parse(action).orElseThrow(() -> validation("Invalid arn syntax: " + action));
        switch (arn.service()) {
            case "sns", "lambda" -> {
            }
            case "ssm", "ssm-incidents" -> throw validation("Stratus does not create Systems Manager OpsItems or incidents from alarms: " + action);
            case "autoscaling", "automate", "swf" -> {
                if (composite) {
                    throw validation("Composite alarms cannot perform EC2 or Auto Scaling actions: " + action);
                }
                boolean ec2 = !arn.service().equals("autoscaling");
                if (ec2 && !(arn.service().equals("automate") ? EC2_ACTION.matcher(action) : SWF_EC2_ACTION.matcher(arn.resource())).matches()) {
                    throw validation("Invalid EC2 action: " + action);
                }
                if (!ec2 && !arn.resource().startsWith("scalingPolicy:")) {
                    throw validation("Invalid Auto Scaling policy ARN: " + action);
                }
                if (ec2 && (dimensions == null || dimensions.stream().noneMatch(d -> d.name().equals("InstanceId")))) {
                    throw validation("EC2 actions need an alarm on a metric with an InstanceId dimension: " + action);
                }
            }
            default -> throw validation("Invalid arn syntax: " + action + " (actions may be SNS topics, Lambda functions, Auto Scaling policies or EC2 actions)");
        }
    }

    /** Creates or replaces an alarm (keeping the state of the one it replaces, as AWS does) and evaluates it at once. */
    private void save(Tx tx, Alarm a, Map<String, String> tags) throws SQLException {
        long now = clock.millis();
        Alarm old = repo.get(tx, a.account, a.region, a.name);
        if (old != null && !old.type.equals(a.type)) {
            throw validation("An alarm named " + a.name + " already exists as a " + (old.composite() ? "composite" : "metric") + " alarm.");
        }
        a.configurationUpdated = now;
        if (old == null) {
            a.state = Alarm.INSUFFICIENT_DATA;
            a.stateReason = INITIAL_REASON;
            a.stateUpdated = now;
            a.stateTransitioned = now;
            Tags.put(tx, a.arn, tags, TAG_RULES);
        } else {
            a.state = old.state;
            a.stateReason = old.stateReason;
            a.stateReasonData = old.stateReasonData;
            a.stateUpdated = old.stateUpdated;
            a.stateTransitioned = old.stateTransitioned;
            a.lastValue = old.lastValue;
        }
        repo.put(tx, a);
        configurationChanged(tx, a, old == null ? "Create" : "Update", now);
        if (a.composite()) {
            states.evaluateComposite(tx, a, now, 0);
        } else {
            states.evaluate(tx, a, now, false);
        }
    }

    /** A ConfigurationUpdate history item, and the "CloudWatch Alarm Configuration Change" event. */
    private void configurationChanged(Tx tx, Alarm a, String type, long at) throws SQLException {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("version", "1.0");
        data.put("type", type);
        String member = switch (type) {
            case "Create" -> "createdAlarm";
            case "Update" -> "updatedAlarm";
            default -> "deletedAlarm";
        };
        data.set(member, camel(a.composite() ? Json.tree(composite(a)) : Json.tree(metric(a))));
        String verb = type.equals("Create") ? "created" : type.equals("Update") ? "updated" : "deleted";
        repo.addHistory(tx, a, at, "ConfigurationUpdate", "Alarm \"" + a.name + "\" " + verb, Json.string(data));
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("alarmName", a.name);
        detail.put("operation", type.toLowerCase(java.util.Locale.ROOT));
        ObjectNode state = detail.putObject("state");
        state.put("value", a.state);
        state.put("timestamp", AlarmNotices.stamp(a.stateUpdated));
        detail.set("configuration", camel(a.composite() ? Json.tree(composite(a)) : Json.tree(metric(a))));
        states.event(tx, a, "CloudWatch Alarm Configuration Change", detail);
    }

    /** An alarm's configuration with its members named as AWS's history data names them (lower camel case), without its state. */
    private static JsonNode camel(JsonNode n) {
        if (n.isArray()) {
            var out = Json.MAPPER.createArrayNode();
            n.forEach(e -> out.add(camel(e)));
            return out;
        }
        if (!n.isObject()) {
            return n;
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("State")) {
                continue;
            }
            out.set(Character.toLowerCase(e.getKey().charAt(0)) + e.getKey().substring(1), camel(e.getValue()));
        }
        return out;
    }

    // PutCompositeAlarm

    void putCompositeAlarm(RequestContext ctx, PutCompositeAlarmInput in) {
        Alarm a = new Alarm();
        a.type = Alarm.COMPOSITE;
        common(a, ctx.accountId(), ctx.region(), in.alarmName(), in.alarmDescription(), in.actionsEnabled(), in.okActions(), in.alarmActions(),
                in.insufficientDataActions());
        Set<String> named = CompositeRule.alarms(CompositeRule.parse(in.alarmRule()));
        a.alarmRule = in.alarmRule();
        for (String action : all(a)) {
            action(action, true, null);
        }
        if (in.actionsSuppressor() == null && (in.actionsSuppressorWaitPeriod() != null || in.actionsSuppressorExtensionPeriod() != null)) {
            throw validation("ActionsSuppressorWaitPeriod and ActionsSuppressorExtensionPeriod need an ActionsSuppressor.");
        }
        if (in.actionsSuppressor() != null) {
            if (in.actionsSuppressorWaitPeriod() == null || in.actionsSuppressorExtensionPeriod() == null) {
                throw validation("ActionsSuppressorWaitPeriod and ActionsSuppressorExtensionPeriod are required when ActionsSuppressor is specified.");
            }
            if (in.actionsSuppressorWaitPeriod() < 0 || in.actionsSuppressorExtensionPeriod() < 0) {
                throw validation("ActionsSuppressorWaitPeriod and ActionsSuppressorExtensionPeriod must not be negative.");
            }
        }
        a.actionsSuppressor = in.actionsSuppressor();
        a.actionsSuppressorWaitPeriod = in.actionsSuppressorWaitPeriod();
        a.actionsSuppressorExtensionPeriod = in.actionsSuppressorExtensionPeriod();
        Map<String, String> tags = tags(in.tags());
        store.write(tx -> {
            List<String> missing = new ArrayList<>();
            for (String ref : named) {
                if (repo.get(tx, a.account, a.region, AlarmStates.nameOf(ref)) == null) {
                    missing.add(ref);
                }
            }
            if (!missing.isEmpty()) {
                throw validation("Could not save the composite alarm as alarms " + missing + " in the alarm rule do not exist");
            }
            if (a.actionsSuppressor != null && repo.get(tx, a.account, a.region, AlarmStates.nameOf(a.actionsSuppressor)) == null) {
                throw validation("Could not save the composite alarm as the actions suppressor alarm " + a.actionsSuppressor + " does not exist");
            }
            if (reaches(tx, a, a.name, new HashSet<>())) {
                throw validation("The alarm rule of " + a.name + " would make a cycle of composite alarms.");
            }
            save(tx, a, tags);
            return null;
        });
    }

    /** Whether the rule of {@code c} leads, through composite alarms, to the alarm named {@code target}. */
    private boolean reaches(Tx tx, Alarm c, String target, Set<String> seen) throws SQLException {
        for (String ref : CompositeRule.alarms(CompositeRule.parse(c.alarmRule))) {
            String name = AlarmStates.nameOf(ref);
            if (name.equals(target)) {
                return true;
            }
            Alarm child = repo.get(tx, c.account, c.region, name);
            if (child != null && child.composite() && seen.add(name) && reaches(tx, child, target, seen)) {
                return true;
            }
        }
        return false;
    }

    // DescribeAlarms, DescribeAlarmsForMetric

    DescribeAlarmsOutput describeAlarms(RequestContext ctx, DescribeAlarmsInput in) {
        boolean family = in.childrenOfAlarmName() != null || in.parentsOfAlarmName() != null;
        if (family && (in.alarmNames() != null && !in.alarmNames().isEmpty() || in.alarmNamePrefix() != null || in.stateValue() != null
                || in.actionPrefix() != null || in.childrenOfAlarmName() != null && in.parentsOfAlarmName() != null)) {
            throw validation("If you specify ChildrenOfAlarmName or ParentsOfAlarmName, you cannot specify any other parameters except MaxRecords and NextToken.");
        }
        if (in.alarmNames() != null && !in.alarmNames().isEmpty() && in.alarmNamePrefix() != null) {
            throw validation("AlarmNames and AlarmNamePrefix cannot be specified together.");
        }
        List<String> types = in.alarmTypes() == null || in.alarmTypes().isEmpty() ? List.of(Alarm.METRIC) : in.alarmTypes();
        List<Alarm> chosen = store.read(tx -> {
            List<Alarm> all = repo.list(tx, ctx.accountId(), ctx.region());
            if (in.childrenOfAlarmName() != null) {
                return children(all, in.childrenOfAlarmName());
            }
            if (in.parentsOfAlarmName() != null) {
                return parents(all, in.parentsOfAlarmName());
            }
            return all.stream().filter(a -> types.contains(a.type)
                    && (in.alarmNames() == null || in.alarmNames().isEmpty() || in.alarmNames().contains(a.name))
                    && (in.alarmNamePrefix() == null || a.name.startsWith(in.alarmNamePrefix()))
                    && (in.stateValue() == null || in.stateValue().equals(a.state))
                    && (in.actionPrefix() == null || all(a).stream().anyMatch(x -> x.startsWith(in.actionPrefix())))).toList();
        });
        Paging.Page<Alarm> page = Paging.Listing.of(Alarms::badToken, "DescribeAlarms", ctx.accountId(), ctx.region(), in.alarmNames(),
                        in.alarmNamePrefix(), types, in.stateValue(), in.actionPrefix(), in.childrenOfAlarmName(), in.parentsOfAlarmName())
                .after(chosen, a -> a.name, in.nextToken(), maxRecords(in.maxRecords(), MAX_RECORDS));
        List<MetricAlarm> metrics = new ArrayList<>();
        List<CompositeAlarm> composites = new ArrayList<>();
        for (Alarm a : page.items()) {
            if (a.composite()) {
                composites.add(composite(a));
            } else {
                metrics.add(metric(a));
            }
        }
        return new DescribeAlarmsOutput(composites, metrics, page.nextToken());
    }

    /** The alarms a composite alarm's rule names (ChildrenOfAlarmName); none when it is not a composite. */
    private static List<Alarm> children(List<Alarm> all, String name) {
        Alarm c = all.stream().filter(a -> a.name.equals(name) && a.composite()).findFirst().orElse(null);
        if (c == null) {
            return List.of();
        }
        Set<String> named = CompositeRule.alarms(CompositeRule.parse(c.alarmRule));
        return all.stream().filter(a -> named.contains(a.name) || named.contains(a.arn)).toList();
    }

    /** The composite alarms whose rules name the alarm (ParentsOfAlarmName). */
    private static List<Alarm> parents(List<Alarm> all, String name) {
        Alarm child = all.stream().filter(a -> a.name.equals(name)).findFirst().orElse(null);
        if (child == null) {
            return List.of();
        }
        return all.stream().filter(a -> a.composite()
                && CompositeRule.alarms(CompositeRule.parse(a.alarmRule)).stream().anyMatch(r -> r.equals(child.name) || r.equals(child.arn))).toList();
    }

    DescribeAlarmsForMetricOutput describeAlarmsForMetric(RequestContext ctx, DescribeAlarmsForMetricInput in) {
        Map<String, String> dims = dimensions(in.dimensions());
        List<MetricAlarm> out = new ArrayList<>();
        for (Alarm a : store.read(tx -> repo.list(tx, ctx.accountId(), ctx.region()))) {
            if (!a.composite() && a.metrics == null && in.namespace().equals(a.namespace) && in.metricName().equals(a.metricName)
                    && (in.statistic() == null || in.statistic().equals(a.statistic))
                    && (in.extendedStatistic() == null || in.extendedStatistic().equals(a.extendedStatistic))
                    && (in.period() == null || in.period().equals(a.period))
                    && (in.unit() == null || in.unit().equals(a.unit))
                    && (in.dimensions() == null || dims.equals(dimensions(a.dimensions)))) {
                out.add(metric(a));
            }
        }
        return new DescribeAlarmsForMetricOutput(out);
    }

    private static Map<String, String> dimensions(List<Dimension> dimensions) {
        Map<String, String> out = new java.util.TreeMap<>();
        if (dimensions != null) {
            dimensions.forEach(d -> out.put(d.name(), d.value()));
        }
        return out;
    }

    static MetricAlarm metric(Alarm a) {
        return new MetricAlarm(a.name, a.arn, a.description, instant(a.configurationUpdated), a.actionsEnabled, a.okActions, a.alarmActions,
                a.insufficientDataActions, a.state, a.stateReason, a.stateReasonData, instant(a.stateUpdated), a.metricName, a.namespace,
                a.statistic, a.extendedStatistic, a.metrics == null ? a.dimensions : null, a.period, a.unit, a.evaluationPeriods,
                a.datapointsToAlarm, a.threshold, a.comparisonOperator, a.treatMissingData, a.evaluateLowSampleCountPercentile, a.metrics,
                a.thresholdMetricId, null, instant(a.stateTransitioned), null, null);
    }

    static CompositeAlarm composite(Alarm a) {
        return new CompositeAlarm(a.actionsEnabled, a.alarmActions, a.arn, instant(a.configurationUpdated), a.description, a.name, a.alarmRule,
                a.insufficientDataActions, a.okActions, a.stateReason, a.stateReasonData, instant(a.stateUpdated), a.state,
                instant(a.stateTransitioned), a.actionsSuppressedBy, a.actionsSuppressedReason, a.actionsSuppressor,
                a.actionsSuppressorWaitPeriod, a.actionsSuppressorExtensionPeriod);
    }

    private static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    // DeleteAlarms

    void deleteAlarms(RequestContext ctx, DeleteAlarmsInput in) {
        store.write(tx -> {
            List<String> missing = new ArrayList<>();
            for (String name : in.alarmNames()) {
                if (repo.get(tx, ctx.accountId(), ctx.region(), name) == null) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                throw new AwsException("ResourceNotFound", missing.size() + " of " + in.alarmNames().size() + " alarms don't exist: " + missing);
            }
            delete(tx, ctx.accountId(), ctx.region(), in.alarmNames());
            return null;
        });
    }

    /** Deletes the alarms that exist of these, and re-evaluates the composite alarms that named them. */
    void delete(Tx tx, String account, String region, List<String> names) throws SQLException {
        long now = clock.millis();
        List<Alarm> deleted = new ArrayList<>();
        for (String name : names) {
            Alarm a = repo.get(tx, account, region, name);
            if (a != null && repo.delete(tx, account, region, name)) {
                Tags.deleteAll(tx, a.arn);
                states.clearTimers(tx, a);
                configurationChanged(tx, a, "Delete", now);
                deleted.add(a);
            }
        }
        for (Alarm parent : repo.list(tx, account, region)) {
            if (parent.composite() && CompositeRule.alarms(CompositeRule.parse(parent.alarmRule)).stream()
                    .anyMatch(r -> deleted.stream().anyMatch(d -> r.equals(d.name) || r.equals(d.arn)))) {
                states.evaluateComposite(tx, parent, now, 0);
            }
        }
    }

    // SetAlarmState, Enable/DisableAlarmActions

    void setAlarmState(RequestContext ctx, SetAlarmStateInput in) {
        if (in.stateReasonData() != null) {
            try {
                if (!Json.parse(in.stateReasonData()).isObject()) {
                    throw new IllegalArgumentException();
                }
            } catch (RuntimeException e) {
                throw new AwsException("InvalidFormatFault", "StateReasonData is not valid JSON: " + in.stateReasonData());
            }
        }
        store.write(tx -> {
            Alarm a = require(tx, ctx, in.alarmName());
            states.change(tx, a, in.stateValue(), in.stateReason(), in.stateReasonData(), clock.millis(), 0);
            return null;
        });
    }

    void actionsEnabled(RequestContext ctx, List<String> names, boolean enabled) {
        store.write(tx -> {
            for (String name : names) {
                Alarm a = repo.get(tx, ctx.accountId(), ctx.region(), name);
                if (a != null && a.actionsEnabled != enabled) {
                    a.actionsEnabled = enabled;
                    repo.put(tx, a);
                }
            }
            return null;
        });
    }

    private Alarm require(Tx tx, RequestContext ctx, String name) throws SQLException {
        Alarm a = repo.get(tx, ctx.accountId(), ctx.region(), name);
        if (a == null) {
            throw new AwsException("ResourceNotFound", "Alarm " + name + " does not exist");
        }
        return a;
    }

    /** MaxRecords as the model bounds it, 1 to 100; {@code otherwise} when not given. */
    static int maxRecords(Integer given, int otherwise) {
        if (given == null) {
            return otherwise;
        }
        if (given < 1 || given > 100) {
            throw CloudWatchErrors.validation("1 validation error detected: Value '" + given + "' at 'maxRecords' failed to satisfy constraint: "
                    + "Member must have value " + (given < 1 ? "greater than or equal to 1" : "less than or equal to 100"));
        }
        return given;
    }

    // DescribeAlarmHistory

    DescribeAlarmHistoryOutput describeAlarmHistory(RequestContext ctx, DescribeAlarmHistoryInput in) {
        List<String> types = in.alarmTypes() == null || in.alarmTypes().isEmpty() ? List.of(Alarm.METRIC) : in.alarmTypes();
        long from = in.startDate() == null ? Long.MIN_VALUE : in.startDate().toEpochMilli();
        long to = in.endDate() == null ? Long.MAX_VALUE : in.endDate().toEpochMilli();
        boolean ascending = "TimestampAscending".equals(in.scanBy());
        List<AlarmRepository.HistoryItem> items = new ArrayList<>(store.read(tx -> repo.history(tx, ctx.accountId(), ctx.region(), in.alarmName())))
                .stream().filter(h -> types.contains(h.type()) && (in.historyItemType() == null || in.historyItemType().equals(h.itemType()))
                        && h.at() >= from && h.at() <= to).toList();
        List<AlarmRepository.HistoryItem> ordered = new ArrayList<>(items);
        Comparator<AlarmRepository.HistoryItem> byTime = Comparator.comparingLong(AlarmRepository.HistoryItem::at)
                .thenComparingLong(AlarmRepository.HistoryItem::id);
        ordered.sort(ascending ? byTime : byTime.reversed());
        Paging.Page<AlarmRepository.HistoryItem> page = Paging.Listing.of(Alarms::badToken, "DescribeAlarmHistory", ctx.accountId(), ctx.region(),
                in.alarmName(), types, in.historyItemType(), from, to, ascending).page(ordered, in.nextToken(),
                maxRecords(in.maxRecords(), MAX_HISTORY));
        List<AlarmHistoryItem> out = page.items().stream().map(h -> new AlarmHistoryItem(h.name(), null, h.type(), Instant.ofEpochMilli(h.at()),
                h.itemType(), h.summary(), h.data(), null)).toList();
        return new DescribeAlarmHistoryOutput(out, page.nextToken());
    }

    // Tags

    void tagResource(RequestContext ctx, TagResourceInput in) {
        Map<String, String> tags = tags(in.tags());
        store.write(tx -> {
            Tags.put(tx, tagged(tx, ctx, in.resourceARN()).arn, tags, TAG_RULES);
            return null;
        });
    }

    void untagResource(RequestContext ctx, UntagResourceInput in) {
        store.write(tx -> {
            Tags.remove(tx, tagged(tx, ctx, in.resourceARN()).arn, in.tagKeys());
            return null;
        });
    }

    ListTagsForResourceOutput listTagsForResource(RequestContext ctx, ListTagsForResourceInput in) {
        return store.read(tx -> {
            List<Tag> out = new ArrayList<>();
            Tags.list(tx, tagged(tx, ctx, in.resourceARN()).arn).forEach((k, v) -> out.add(new Tag(k, v)));
            return new ListTagsForResourceOutput(out);
        });
    }

    /** The alarm an ARN names in the caller's account and region; AWS's ResourceNotFoundException for anything else. */
    private Alarm tagged(Tx tx, RequestContext ctx, String resourceArn) throws SQLException {
        Arn arn = Arn.parse(resourceArn).orElseThrow(() -> new AwsException("InvalidParameterValue", "Invalid ARN: " + resourceArn));
        String name = arn.resourceAfter("alarm:").orElse(null);
        Alarm a = name == null || !arn.service().equals("cloudwatch") || !arn.account().equals(ctx.accountId()) || !arn.region().equals(ctx.region())
                ? null : repo.get(tx, ctx.accountId(), ctx.region(), name);
        if (a == null) {
            throw new AwsException("ResourceNotFoundException", "Resource " + resourceArn + " does not exist.").with("ResourceType", "alarm")
                    .with("ResourceId", resourceArn);
        }
        return a;
    }

    private static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> out.put(t.key(), t.value()));
        }
        Tags.check(out, TAG_RULES);
        return out;
    }

    /** An alarm another service keeps (through {@link ServiceAlarms}), checked as PutMetricAlarm checks one. */
    String put(Tx tx, dev.stratus.platform.port.Alarms.MetricAlarm alarm) throws SQLException {
        List<Dimension> dims = new ArrayList<>();
        alarm.dimensions().forEach((k, v) -> dims.add(new Dimension(k, v)));
        Alarm a = metricAlarm(alarm.account(), alarm.region(), new PutMetricAlarmInput(alarm.name(), alarm.description(), true, alarm.okActions(),
                alarm.alarmActions(), List.of(), alarm.metricName(), alarm.namespace(), alarm.statistic(), null, dims, alarm.period(), alarm.unit(),
                alarm.evaluationPeriods(), alarm.datapointsToAlarm(), alarm.threshold(), alarm.comparisonOperator(), null, null, null, null, null,
                null, null));
        save(tx, a, Map.of());
        return a.arn;
    }

    private static AwsException badToken(String token) {
        return new AwsException("InvalidNextToken", "The service couldn't process the NextToken: " + token);
    }

    static AwsException validation(String message) {
        return new AwsException("ValidationError", message);
    }
}
