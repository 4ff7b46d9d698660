package dev.stratus.cloudwatch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A metric alarm's evaluation, as AWS describes it: the alarm looks at an evaluation range a little
 * longer than its EvaluationPeriods (N), and goes to ALARM when DatapointsToAlarm (M) of the N most
 * recent datapoints breach, to OK when fewer do. Missing datapoints count only where the real ones
 * are too few: with {@code breaching} or {@code notBreaching} they fill the N periods (as few of
 * them as possible); with {@code missing}, an alarm whose oldest breaching datapoint is at least M
 * periods old and whose later datapoints all breach or are missing goes to ALARM; with
 * {@code ignore} it keeps its state then. A range with no datapoint at all is INSUFFICIENT_DATA
 * ({@code missing}), the current state ({@code ignore}), ALARM ({@code breaching}) or OK
 * ({@code notBreaching}). The reasons and reason data are written as AWS writes them.
 */
final class AlarmEvaluator {
    /** Periods looked at beyond EvaluationPeriods, as AWS's evaluation range does (5 for 3 evaluation periods). */
    static final int EXTRA_PERIODS = 2;
    private static final DateTimeFormatter POINT_TIME = DateTimeFormatter.ofPattern("dd/MM/yy HH:mm:ss").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    /** A period of the evaluation range: its start, and its value and sample count, both null when it has no data. */
    record Point(long at, Double value, Double samples) {
        static Point missing(long at) {
            return new Point(at, null, null);
        }

        boolean present() {
            return value != null;
        }
    }

    /** What an evaluation found: the state (null: keep the current one), why, and the latest value evaluated. */
    record Outcome(String state, String reason, ObjectNode reasonData, Double latest) {
    }

    private AlarmEvaluator() {
    }

    /** The periods the alarm looks at: EvaluationPeriods plus {@link #EXTRA_PERIODS}. */
    static int range(Alarm a) {
        return a.evaluationPeriods + EXTRA_PERIODS;
    }

    /**
     * Evaluates {@code a} over {@code range}, its evaluation range's periods oldest first, at
     * {@code queryMillis}; {@code metricMath} alarms have no statistic or sample counts in their reason data.
     */
    static Outcome evaluate(Alarm a, List<Point> range, long queryMillis) {
        int n = a.evaluationPeriods;
        int m = a.datapointsToAlarm != null ? a.datapointsToAlarm : n;
        // AWS: alarms on DynamoDB's metrics always ignore missing data, whatever they say.
        String treat = "AWS/DynamoDB".equals(a.namespace) ? "ignore" : a.treatMissingData != null ? a.treatMissingData : "missing";
        List<Point> real = range.stream().filter(Point::present).toList();
        Double latest = real.isEmpty() ? null : real.getLast().value();
        if (real.isEmpty()) {
            List<Point> unknown = range.subList(Math.max(0, range.size() - n), range.size());
            return switch (treat) {
                case "ignore" -> new Outcome(null, null, null, null);
                case "breaching" -> new Outcome(Alarm.ALARM, noData(n, "Breaching"), data(a, queryMillis, unknown, true), null);
                case "notBreaching" -> new Outcome(Alarm.OK, noData(n, "NonBreaching"), data(a, queryMillis, unknown, true), null);
                default -> new Outcome(Alarm.INSUFFICIENT_DATA, "Insufficient Data: " + n + " datapoint" + (n == 1 ? " was" : "s were") + " unknown.",
                        data(a, queryMillis, List.of(), false), null);
            };
        }
        List<Point> window;
        int filled = 0;
        boolean fillBreaches = false;
        if (real.size() >= n) {
            window = real.subList(real.size() - n, real.size());
        } else if (treat.equals("breaching") || treat.equals("notBreaching")) {
            window = real;
            filled = n - real.size();
            fillBreaches = treat.equals("breaching");
        } else {
            return fewerThanNeeded(a, range, real, m, treat, queryMillis, latest);
        }
        int breaching = (int) window.stream().filter(p -> breaches(a, p.value())).count() + (fillBreaches ? filled : 0);
        String state = breaching >= m ? Alarm.ALARM : Alarm.OK;
        List<Point> evaluated = new ArrayList<>(window);
        if (filled > 0) {
            List<Point> missing = range.stream().filter(p -> !p.present()).toList();
            evaluated.addAll(missing.subList(Math.max(0, missing.size() - filled), missing.size()));
            evaluated.sort((x, y) -> Long.compare(x.at(), y.at()));
        }
        return new Outcome(state, crossed(a, state, window, n, m, filled, fillBreaches), data(a, queryMillis, evaluated, true), latest);
    }

    /**
     * Fewer datapoints than EvaluationPeriods, missing ones treated as missing or ignored: ALARM when
     * M of them breach, or when the oldest breaching one is at least M periods old and none after it
     * is within the threshold ({@code ignore} keeps the state then); OK when one is within it.
     */
    private static Outcome fewerThanNeeded(Alarm a, List<Point> range, List<Point> real, int m, String treat, long queryMillis, Double latest) {
        int n = a.evaluationPeriods;
        long breaching = real.stream().filter(p -> breaches(a, p.value())).count();
        if (breaching >= m) {
            return new Outcome(Alarm.ALARM, crossed(a, Alarm.ALARM, real, n, m, 0, false), data(a, queryMillis, real, true), latest);
        }
        int oldestBreach = -1;
        boolean laterAllBreach = true;
        for (int i = 0; i < range.size(); i++) {
            Point p = range.get(i);
            if (!p.present()) {
                continue;
            }
            if (breaches(a, p.value())) {
                if (oldestBreach < 0) {
                    oldestBreach = i;
                }
            } else if (oldestBreach >= 0) {
                laterAllBreach = false;
            }
        }
        if (oldestBreach >= 0 && laterAllBreach && range.size() - oldestBreach >= m) {
            return treat.equals("ignore") ? new Outcome(null, null, null, latest)
                    : new Outcome(Alarm.ALARM, crossed(a, Alarm.ALARM, real, n, m, 0, false), data(a, queryMillis, real, true), latest);
        }
        if (breaching < real.size()) {
            return new Outcome(Alarm.OK, crossed(a, Alarm.OK, real, n, m, 0, false), data(a, queryMillis, real, true), latest);
        }
        return new Outcome(null, null, null, latest);
    }

    static boolean breaches(Alarm a, double value) {
        double t = a.threshold;
        return switch (a.comparisonOperator) {
            case "GreaterThanOrEqualToThreshold" -> value >= t;
            case "GreaterThanThreshold" -> value > t;
            case "LessThanThreshold" -> value < t;
            case "LessThanOrEqualToThreshold" -> value <= t;
            default -> throw new IllegalStateException("no comparison " + a.comparisonOperator);
        };
    }

    static String comparison(String operator) {
        return switch (operator) {
            case "GreaterThanOrEqualToThreshold" -> "greater than or equal to";
            case "GreaterThanThreshold" -> "greater than";
            case "LessThanThreshold" -> "less than";
            default -> "less than or equal to";
        };
    }

    private static String noData(int n, String treatedAs) {
        return "Threshold Crossed: no datapoints were received for " + n + " period" + (n == 1 ? "" : "s") + " and " + n + " missing datapoint"
                + (n == 1 ? " was" : "s were") + " treated as [" + treatedAs + "].";
    }

    /**
     * "Threshold Crossed: 2 out of the last 3 datapoints [5.0 (05/12/26 10:03:00), 4.0 (…)] were greater than the threshold (1.0)
     * (minimum 2 datapoints for OK -> ALARM transition)." — the datapoints that agree with the new state, newest first; a
     * one-period alarm without DatapointsToAlarm says "1 datapoint […] was …", as AWS does. The transition is from the alarm's current state.
     */
    static String crossed(Alarm a, String state, List<Point> window, int n, int m, int filled, boolean fillBreaches) {
        boolean alarm = state.equals(Alarm.ALARM);
        List<Point> agreeing = new ArrayList<>();
        for (int i = window.size() - 1; i >= 0; i--) {
            if (breaches(a, window.get(i).value()) == alarm) {
                agreeing.add(window.get(i));
            }
        }
        StringBuilder points = new StringBuilder();
        for (Point p : agreeing) {
            if (!points.isEmpty()) {
                points.append(", ");
            }
            points.append(p.value()).append(" (").append(POINT_TIME.format(Instant.ofEpochMilli(p.at()))).append(')');
        }
        String verb = (agreeing.size() == 1 ? "was " : "were ") + (alarm ? "" : "not ") + comparison(a.comparisonOperator) + " the threshold ("
                + a.threshold + ")";
        String fills = filled == 0 ? "" : " and " + filled + " missing datapoint" + (filled == 1 ? " was" : "s were") + " treated as ["
                + (fillBreaches ? "Breaching" : "NonBreaching") + "]";
        if (n == 1 && a.datapointsToAlarm == null && filled == 0) {
            return "Threshold Crossed: 1 datapoint [" + points + "] " + verb + ".";
        }
        int minimum = alarm ? m : n - m + 1;
        return "Threshold Crossed: " + agreeing.size() + " out of the last " + n + " datapoints [" + points + "] " + verb + fills + " (minimum "
                + minimum + " datapoint" + (minimum == 1 ? "" : "s") + " for " + a.state + " -> " + state + " transition).";
    }

    /**
     * StateReasonData as AWS writes it: version, queryDate, startDate, the statistic (not for metric
     * math), period, recentDatapoints (oldest first), threshold and evaluatedDatapoints (newest
     * first; a missing one has only its timestamp).
     */
    static ObjectNode data(Alarm a, long queryMillis, List<Point> evaluated, boolean withEvaluated) {
        ObjectNode d = Json.MAPPER.createObjectNode();
        d.put("version", "1.0");
        d.put("queryDate", STAMP.format(Instant.ofEpochMilli(queryMillis)));
        if (!evaluated.isEmpty()) {
            d.put("startDate", STAMP.format(Instant.ofEpochMilli(evaluated.getFirst().at())));
        }
        boolean math = a.metrics != null && !a.metrics.isEmpty();
        if (!math) {
            if (a.extendedStatistic != null) {
                d.put("statistic", a.extendedStatistic);
            } else {
                d.put("statistic", a.statistic);
            }
            if (a.unit != null) {
                d.put("unit", a.unit);
            }
        }
        d.put("period", a.evaluatedPeriod());
        ArrayNode recent = d.putArray("recentDatapoints");
        for (Point p : evaluated) {
            if (p.present()) {
                recent.add(p.value());
            }
        }
        d.put("threshold", a.threshold);
        if (withEvaluated) {
            ArrayNode list = d.putArray("evaluatedDatapoints");
            for (int i = evaluated.size() - 1; i >= 0; i--) {
                Point p = evaluated.get(i);
                ObjectNode e = list.addObject();
                e.put("timestamp", STAMP.format(Instant.ofEpochMilli(p.at())));
                if (p.present()) {
                    if (!math && p.samples() != null) {
                        e.put("sampleCount", p.samples());
                    }
                    e.put("value", p.value());
                }
            }
        }
        return d;
    }
}
