package dev.stratus.cloudwatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.cloudwatch.AlarmEvaluator.Outcome;
import dev.stratus.cloudwatch.AlarmEvaluator.Point;
import dev.stratus.cloudwatch.AlarmNotices.Change;
import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.cloudwatch.api.Dimension;
import dev.stratus.cloudwatch.api.MetricDataQuery;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Ports;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How alarms change state and what each change does. Metric alarms are evaluated on AWS's cadence
 * from durable timers: standard ones when each minute ends (after its data are stored), high-resolution
 * ones (a period of 10 or 30 seconds) every 10 seconds; a new or updated alarm at once. Every change of
 * state is written to the alarm's history, put on the default bus as a "CloudWatch Alarm State Change"
 * event, performs the new state's actions when actions are enabled (as deliveries owed in the same
 * transaction), and re-evaluates the composite alarms whose rules name the alarm. Auto Scaling actions are
 * performed again each minute the alarm stays in their state, as AWS does. A composite alarm's actions are
 * held back while its ActionsSuppressor is in ALARM, for its WaitPeriod after it goes to ALARM (unless
 * the suppressor goes to ALARM meanwhile) and for its ExtensionPeriod after the suppressor leaves ALARM.
 */
final class AlarmStates {
    private static final Logger LOG = Logger.getLogger(AlarmStates.class.getName());
    static final String FAST = "cloudwatch.alarms.fast";
    static final String SUPPRESSION = "cloudwatch.alarms.suppression";
    static final long FAST_MS = 10_000;
    /** Who invokes a function from an alarm: the principal its resource policy must allow. */
    static final Principal LAMBDA_ALARMS = Principal.service("lambda.alarms.cloudwatch.amazonaws.com");
    private static final int MAX_DEPTH = 20;
    /** When a composite's child changed, as its reason says it: "Friday 10 July, 2020 15:27:21 UTC". */
    private static final java.time.format.DateTimeFormatter CHILD_TIME = java.time.format.DateTimeFormatter
            .ofPattern("EEEE dd MMMM, yyyy HH:mm:ss 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    private final Clock clock;
    private final Timers timers;
    private final Jobs jobs;
    private final Ports ports;
    private final AlarmRepository repo;
    private final MetricReader reader;
    private final MetricQueries queries;
    private final ServiceMetrics metrics;

    AlarmStates(Clock clock, Timers timers, Jobs jobs, Ports ports, AlarmRepository repo, MetricReader reader, MetricQueries queries,
                ServiceMetrics metrics, MinuteTick tick) {
        this.clock = clock;
        this.timers = timers;
        this.jobs = jobs;
        this.ports = ports;
        this.repo = repo;
        this.reader = reader;
        this.queries = queries;
        this.metrics = metrics;
        tick.onMinuteEnded((tx, minute) -> {
            repo.forgetHistoryBefore(tx, minute - AlarmRepository.HISTORY_KEPT_MILLIS);
            evaluateAll(tx, false, minute + MinuteTick.MINUTE);
        });
        timers.on(FAST, this::fast);
        timers.on(SUPPRESSION, this::suppressionEnded);
    }

    /** Starts the 10-second chain of high-resolution evaluations, unless a restart finds it pending. */
    void start() {
        long next = (Math.floorDiv(clock.millis(), FAST_MS) + 1) * FAST_MS;
        timers.ensureChain(FAST, next, Long.toString(next));
    }

    private void fast(Tx tx, String payload) throws SQLException {
        long due = Long.parseLong(payload);
        metrics.flush(tx);
        evaluateAll(tx, true, due);
        long now = Math.floorDiv(clock.millis(), FAST_MS) * FAST_MS;
        long next = Math.max(due + FAST_MS, now);
        timers.schedule(tx, FAST, next, Long.toString(next));
    }

    private void evaluateAll(Tx tx, boolean highResolution, long at) throws SQLException {
        for (Alarm a : repo.evaluatedEvery(tx, highResolution)) {
            try {
                evaluate(tx, a, at, !highResolution);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "evaluating alarm " + a.arn + " failed", e);
            }
        }
    }

    /**
     * Evaluates a metric alarm at {@code at} over the periods that ended by then, and changes its
     * state when the evaluation says so; {@code repeat} performs its Auto Scaling actions again when
     * it stays in its state (once a minute).
     */
    void evaluate(Tx tx, Alarm a, long at, boolean repeat) throws SQLException {
        int periodSeconds = a.evaluatedPeriod();
        long period = periodSeconds * 1000L;
        long end = Math.floorDiv(at, period) * period;
        int size = AlarmEvaluator.range(a);
        long start = end - size * period;
        SortedMap<Long, Point> found = a.metrics != null && !a.metrics.isEmpty() ? mathPoints(tx, a, start, end) : metricPoints(tx, a, start, end);
        List<Point> range = new ArrayList<>(size);
        for (long t = start; t < end; t += period) {
            range.add(found.getOrDefault(t, Point.missing(t)));
        }
        // A percentile over too few samples, when the alarm says to ignore such periods, leaves the state as it is.
        long recent = end - a.evaluationPeriods * period;
        Outcome o = found.values().stream().anyMatch(p -> p.at() >= recent && p.samples() != null && lowSampleIgnored(a, p.samples()))
                ? new Outcome(null, null, null, null) : AlarmEvaluator.evaluate(a, range, at);
        boolean newValue = o.latest() != null && !o.latest().equals(a.lastValue);
        if (newValue) {
            a.lastValue = o.latest();
        }
        if (o.state() == null || o.state().equals(a.state)) {
            if (newValue) {
                repo.put(tx, a);
            }
            if (repeat && a.actionsEnabled && !a.state.equals(Alarm.INSUFFICIENT_DATA)) {
                for (String action : a.actionsFor(a.state)) {
                    if ("autoscaling".equals(service(action))) {
                        owe(tx, a, action, new Change(a, a.state, a.stateReason, a.stateReasonData, a.stateUpdated, at));
                    }
                }
            }
            return;
        }
        change(tx, a, o.state(), o.reason(), Json.string(o.reasonData()), at, 0);
    }

    private SortedMap<Long, Point> metricPoints(Tx tx, Alarm a, long start, long end) throws SQLException {
        Map<String, String> dims = new LinkedHashMap<>();
        if (a.dimensions != null) {
            for (Dimension d : a.dimensions) {
                dims.put(d.name(), d.value());
            }
        }
        MetricKey key = new MetricKey(a.account, a.region, a.namespace, a.metricName, dims);
        String stat = a.extendedStatistic != null ? a.extendedStatistic : a.statistic;
        SortedMap<Long, Point> out = new java.util.TreeMap<>();
        for (MetricReader.Period p : reader.periods(tx, key, a.unit, a.period, start, end).values()) {
            Double v = p.statistic(stat);
            if (v != null) {
                out.put(p.at(), new Point(p.at(), v, p.samples()));
            }
        }
        return out;
    }

    /**
     * A percentile with too few samples to mean much (fewer than 10 / (1 - p)) when the alarm says to
     * ignore such periods (EvaluateLowSampleCountPercentile {@code ignore}): AWS's alarm does not change state then.
     */
    static boolean lowSampleIgnored(Alarm a, double samples) {
        if (!"ignore".equals(a.evaluateLowSampleCountPercentile) || a.extendedStatistic == null || !a.extendedStatistic.startsWith("p")) {
            return false;
        }
        double p = Double.parseDouble(a.extendedStatistic.substring(1)) / 100;
        return p < 1 && samples < 10 / (1 - p);
    }

    private SortedMap<Long, Point> mathPoints(Tx tx, Alarm a, long start, long end) throws SQLException {
        SortedMap<Long, Point> out = new java.util.TreeMap<>();
        List<MetricQueries.Series> series = queries.evaluate(tx, a.account, a.region, a.metrics, start, end);
        String returned = a.metrics.stream().filter(q -> !Boolean.FALSE.equals(q.returnData())).map(MetricDataQuery::id).findFirst().orElse(null);
        for (MetricQueries.Series s : series) {
            if (s.id().equals(returned)) {
                for (int i = 0; i < s.timestamps().size(); i++) {
                    Double v = s.values().get(i);
                    if (v != null && !v.isNaN()) {
                        out.put(s.timestamps().get(i), new Point(s.timestamps().get(i), v, null));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Moves {@code a} to {@code state} at {@code at}: history, event, actions, and the composite
     * alarms that name it (and those it suppresses), to at most {@link #MAX_DEPTH} levels.
     */
    void change(Tx tx, Alarm a, String state, String reason, String reasonData, long at, int depth) throws SQLException {
        String previous = a.state;
        Change c = new Change(a, previous, a.stateReason, a.stateReasonData, a.stateUpdated, at);
        ObjectNode history = Json.MAPPER.createObjectNode();
        history.put("version", "1.0");
        history.set("oldState", stateOf(previous, a.stateReason, a.stateReasonData));
        a.state = state;
        a.stateReason = reason;
        a.stateReasonData = reasonData;
        a.stateUpdated = at;
        boolean moved = !state.equals(previous);
        if (moved) {
            a.stateTransitioned = at;
        }
        history.set("newState", stateOf(state, reason, reasonData));
        repo.addHistory(tx, a, at, "StateUpdate", "Alarm updated from " + previous + " to " + state, Json.string(history));
        if (!moved) {
            repo.put(tx, a);
            return;
        }
        boolean act = a.actionsEnabled && !suppressing(tx, a, at);
        repo.put(tx, a);
        event(tx, a, "CloudWatch Alarm State Change", AlarmNotices.eventDetail(c));
        if (act) {
            for (String action : a.actionsFor(state)) {
                owe(tx, a, action, c);
            }
        }
        if (depth < MAX_DEPTH) {
            for (Alarm parent : repo.list(tx, a.account, a.region)) {
                if (!parent.composite() || parent.name.equals(a.name)) {
                    continue;
                }
                if (CompositeRule.alarms(CompositeRule.parse(parent.alarmRule)).stream().anyMatch(r -> r.equals(a.name) || r.equals(a.arn))) {
                    evaluateComposite(tx, parent, at, depth + 1);
                }
                if (a.name.equals(parent.actionsSuppressor) || a.arn.equals(parent.actionsSuppressor)) {
                    suppressorChanged(tx, repo.get(tx, parent.account, parent.region, parent.name), a, at);
                }
            }
        }
    }

    private static ObjectNode stateOf(String value, String reason, String reasonData) {
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("stateValue", value);
        s.put("stateReason", reason);
        if (reasonData != null) {
            s.set("stateReasonData", Json.parse(reasonData));
        }
        return s;
    }

    /**
     * A composite alarm's state from its rule: ALARM when it holds, else OK; a rule naming an alarm
     * that no longer exists leaves it INSUFFICIENT_DATA. The reason names the child that changed last.
     */
    void evaluateComposite(Tx tx, Alarm c, long at, int depth) throws SQLException {
        CompositeRule.Node rule = CompositeRule.parse(c.alarmRule);
        Map<String, Alarm> children = new LinkedHashMap<>();
        for (String ref : CompositeRule.alarms(rule)) {
            Alarm child = repo.get(tx, c.account, c.region, nameOf(ref));
            if (child == null) {
                if (!c.state.equals(Alarm.INSUFFICIENT_DATA)) {
                    change(tx, c, Alarm.INSUFFICIENT_DATA, "Alarm " + ref + " in the rule does not exist.", null, at, depth);
                }
                return;
            }
            children.put(ref, child);
        }
        String state = rule.holds(ref -> children.get(ref).state) ? Alarm.ALARM : Alarm.OK;
        if (state.equals(c.state)) {
            return;
        }
        Alarm latest = null;
        for (Alarm child : children.values()) {
            // Of children that changed at once, the one the rule names last: the change that completed the rule.
            if (latest == null || child.stateTransitioned >= latest.stateTransitioned) {
                latest = child;
            }
        }
        String reason;
        ObjectNode data = Json.MAPPER.createObjectNode();
        if (latest == null) {
            reason = "The alarm rule evaluates to " + (state.equals(Alarm.ALARM) ? "TRUE" : "FALSE") + ".";
            data.putArray("triggeringAlarms");
        } else {
            reason = latest.arn + " transitioned to " + latest.state + " at " + CHILD_TIME.format(java.time.Instant.ofEpochMilli(latest.stateTransitioned));
            ObjectNode t = data.putArray("triggeringAlarms").addObject();
            t.put("arn", latest.arn);
            t.putObject("state").put("value", latest.state).put("timestamp", AlarmNotices.stamp(latest.stateTransitioned));
        }
        change(tx, c, state, reason, Json.string(data), at, depth);
    }

    /** An alarm's name from a rule's reference, which may be its ARN. */
    static String nameOf(String ref) {
        return Arn.parse(ref).flatMap(a -> a.resourceAfter("alarm:")).orElse(ref);
    }

    /**
     * Whether a composite alarm's actions are held back now, setting what holds them: the suppressor
     * in ALARM, or the WaitPeriod that starts when the composite goes to ALARM.
     */
    private boolean suppressing(Tx tx, Alarm c, long at) throws SQLException {
        if (!c.composite() || c.actionsSuppressor == null) {
            return false;
        }
        Alarm s = repo.get(tx, c.account, c.region, nameOf(c.actionsSuppressor));
        clearSuppression(tx, c);
        if (s != null && s.state.equals(Alarm.ALARM)) {
            c.actionsSuppressedBy = "Alarm";
            c.actionsSuppressedReason = "Alarm " + s.name + " is in ALARM state.";
            return true;
        }
        if (c.state.equals(Alarm.ALARM) && c.actionsSuppressorWaitPeriod != null && c.actionsSuppressorWaitPeriod > 0) {
            hold(tx, c, "WaitPeriod", at + c.actionsSuppressorWaitPeriod * 1000L,
                    "Actions are suppressed for the WaitPeriod of " + c.actionsSuppressorWaitPeriod + " seconds.");
            return true;
        }
        return false;
    }

    /** The suppressor of {@code c} changed state: in ALARM it holds the actions; leaving ALARM it starts the ExtensionPeriod. */
    private void suppressorChanged(Tx tx, Alarm c, Alarm suppressor, long at) throws SQLException {
        if (c == null) {
            return;
        }
        if (suppressor.state.equals(Alarm.ALARM)) {
            if (c.actionsSuppressedBy != null) {
                clearSuppression(tx, c);
                c.actionsSuppressedBy = "Alarm";
                c.actionsSuppressedReason = "Alarm " + suppressor.name + " is in ALARM state.";
                repo.put(tx, c);
            }
            return;
        }
        if ("Alarm".equals(c.actionsSuppressedBy)) {
            int extension = c.actionsSuppressorExtensionPeriod != null ? c.actionsSuppressorExtensionPeriod : 0;
            hold(tx, c, "ExtensionPeriod", at + extension * 1000L,
                    "Actions are suppressed for the ExtensionPeriod of " + extension + " seconds.");
            repo.put(tx, c);
        }
    }

    private void hold(Tx tx, Alarm c, String by, long until, String reason) throws SQLException {
        c.actionsSuppressedBy = by;
        c.actionsSuppressedReason = reason;
        c.suppressedUntil = until;
        timers.schedule(tx, SUPPRESSION, until, key(c));
        tx.afterCommit(timers::wake);
    }

    private void clearSuppression(Tx tx, Alarm c) throws SQLException {
        if (c.suppressedUntil != 0) {
            timers.cancel(tx, SUPPRESSION, key(c));
        }
        c.actionsSuppressedBy = null;
        c.actionsSuppressedReason = null;
        c.suppressedUntil = 0;
    }

    /** Forgets the timers of a deleted alarm. */
    void clearTimers(Tx tx, Alarm a) throws SQLException {
        if (a.suppressedUntil != 0) {
            timers.cancel(tx, SUPPRESSION, key(a));
        }
    }

    /** A WaitPeriod or ExtensionPeriod ended: the composite performs the actions of the state it is in. */
    private void suppressionEnded(Tx tx, String payload) throws SQLException {
        String[] k = payload.split("\n", 3);
        Alarm c = repo.get(tx, k[0], k[1], k[2]);
        if (c == null || c.suppressedUntil == 0 || c.suppressedUntil > clock.millis()) {
            return;
        }
        clearSuppression(tx, c);
        repo.put(tx, c);
        if (c.actionsEnabled) {
            Change change = new Change(c, c.state, c.stateReason, c.stateReasonData, c.stateUpdated, clock.millis());
            for (String action : c.actionsFor(c.state)) {
                owe(tx, c, action, change);
            }
        }
    }

    static String key(Alarm a) {
        return a.account + "\n" + a.region + "\n" + a.name;
    }

    /** Performs one action: a delivery owed to its ARN's service, and an Action item in the history. */
    void owe(Tx tx, Alarm a, String action, Change c) throws SQLException {
        String service = service(action);
        String payload;
        String subject = null;
        Principal caller = ownerOf(a);
        switch (service) {
            case "sns" -> {
                payload = AlarmNotices.snsMessage(c);
                subject = AlarmNotices.subject(c);
            }
            case "lambda" -> {
                payload = AlarmNotices.lambdaPayload(c);
                caller = LAMBDA_ALARMS;
            }
            default -> payload = AlarmNotices.fired(c);
        }
        jobs.owe(tx, new Delivery(action, payload, null, null, null, 3, 3600, null, Map.of(), null, caller, a.arn, subject));
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("actionState", "Succeeded");
        data.put("stateUpdateTimestamp", c.at());
        if (service.equals("sns")) {
            data.put("notificationResource", action);
            data.putObject("publishedMessage").put("default", payload);
        }
        repo.addHistory(tx, a, c.at(), "Action", "Successfully executed action " + action, Json.string(data));
    }

    /** Who CloudWatch delivers as for an alarm: its account, as the topic's default policy expects its owner. */
    static Principal ownerOf(Alarm a) {
        return new Principal(Principal.Type.ROOT, Arn.accountRoot(a.region, a.account).toString(), a.account);
    }

    /** The service an action ARN names ({@code sns}, {@code lambda}, {@code autoscaling}, {@code automate}, {@code swf}, …). */
    static String service(String action) {
        return Arn.parse(action).map(Arn::service).orElse("");
    }

    /** Puts an alarm's event on its account's default bus, when EventBridge is there. */
    void event(Tx tx, Alarm a, String detailType, ObjectNode detail) throws SQLException {
        // EventBridge's module is built after CloudWatch's, so its port is found when an event is put, not when this is built.
        ServiceEvents events = ports.find(ServiceEvents.class).orElse(null);
        if (events != null) {
            events.put(tx, new ServiceEvents.Event("aws.cloudwatch", detailType, a.account, a.region, List.of(a.arn), detail));
        }
    }
}
