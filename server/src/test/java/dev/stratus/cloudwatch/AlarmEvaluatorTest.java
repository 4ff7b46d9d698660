package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.cloudwatch.AlarmEvaluator.Outcome;
import dev.stratus.cloudwatch.AlarmEvaluator.Point;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmEvaluatorTest {
    private static final long T0 = Instant.parse("2026-12-05T10:00:00Z").toEpochMilli();
    private static final long QUERY = Instant.parse("2026-12-05T10:05:00.123Z").toEpochMilli();

    private static Alarm alarm(int n, Integer m, String treat) {
        Alarm a = new Alarm();
        a.type = Alarm.METRIC;
        a.name = "a";
        a.namespace = "AWS/Lambda";
        a.metricName = "Errors";
        a.statistic = "Sum";
        a.period = 60;
        a.evaluationPeriods = n;
        a.datapointsToAlarm = m;
        a.threshold = 1.0;
        a.comparisonOperator = "GreaterThanOrEqualToThreshold";
        a.treatMissingData = treat;
        a.state = Alarm.OK;
        return a;
    }

    /** A range from a picture: "0" within the threshold, "X" breaching, "-" missing, oldest first. */
    private static List<Point> range(String picture) {
        List<Point> out = new ArrayList<>();
        String[] cells = picture.split(" ");
        for (int i = 0; i < cells.length; i++) {
            long at = T0 + i * 60_000L;
            out.add(switch (cells[i]) {
                case "0" -> new Point(at, 0.0, 1.0);
                case "X" -> new Point(at, 2.0, 1.0);
                default -> Point.missing(at);
            });
        }
        return out;
    }

    private static String state(String picture, String treat, String current) {
        Alarm a = alarm(3, 3, treat);
        a.state = current;
        return AlarmEvaluator.evaluate(a, range(picture), QUERY).state();
    }

    @Test
    void awsMissingDataTableForThreeOfThree() {
        // The table of "Configuring how CloudWatch alarms treat missing data"; null keeps the current state.
        for (String treat : List.of("missing", "ignore", "breaching", "notBreaching")) {
            assertEquals(Alarm.OK, state("0 - X - X", treat, Alarm.ALARM), treat);
            assertEquals(Alarm.OK, state("0 - - - -", treat, Alarm.ALARM), treat);
            assertEquals(Alarm.ALARM, state("0 X X - X", treat, Alarm.OK), treat);
        }
        assertEquals(Alarm.INSUFFICIENT_DATA, state("- - - - -", "missing", Alarm.OK));
        assertNull(state("- - - - -", "ignore", Alarm.OK));
        assertEquals(Alarm.ALARM, state("- - - - -", "breaching", Alarm.OK));
        assertEquals(Alarm.OK, state("- - - - -", "notBreaching", Alarm.ALARM));
        assertEquals(Alarm.ALARM, state("- - X - -", "missing", Alarm.OK));
        assertNull(state("- - X - -", "ignore", Alarm.OK));
        assertEquals(Alarm.ALARM, state("- - X - -", "breaching", Alarm.OK));
        assertEquals(Alarm.OK, state("- - X - -", "notBreaching", Alarm.ALARM));
    }

    @Test
    void mOutOfN() {
        Alarm a = alarm(3, 2, "missing");
        assertEquals(Alarm.ALARM, AlarmEvaluator.evaluate(a, range("0 0 X 0 X"), QUERY).state());
        assertEquals(Alarm.OK, AlarmEvaluator.evaluate(a, range("X X X 0 0"), QUERY).state());
        assertEquals(Alarm.OK, AlarmEvaluator.evaluate(a, range("X X 0 0 X"), QUERY).state());
    }

    @Test
    void reasonAsAwsWritesIt() {
        Alarm a = alarm(1, 1, "missing");
        Outcome o = AlarmEvaluator.evaluate(a, range("0 0 X"), QUERY);
        assertEquals(Alarm.ALARM, o.state());
        assertEquals("Threshold Crossed: 1 out of the last 1 datapoints [2.0 (05/12/26 10:02:00)] was greater than or equal to the threshold (1.0) "
                + "(minimum 1 datapoint for OK -> ALARM transition).", o.reason());
        assertEquals(2.0, o.latest());
        JsonNode d = o.reasonData();
        assertEquals("1.0", d.get("version").asText());
        assertEquals("2026-12-05T10:05:00.123+0000", d.get("queryDate").asText());
        assertEquals("2026-12-05T10:02:00.000+0000", d.get("startDate").asText());
        assertEquals("Sum", d.get("statistic").asText());
        assertEquals(60, d.get("period").asInt());
        assertEquals(2.0, d.get("recentDatapoints").get(0).asDouble());
        assertEquals(1.0, d.get("threshold").asDouble());
        assertEquals("2026-12-05T10:02:00.000+0000", d.get("evaluatedDatapoints").get(0).get("timestamp").asText());
        assertEquals(1.0, d.get("evaluatedDatapoints").get(0).get("sampleCount").asDouble());
        assertEquals(2.0, d.get("evaluatedDatapoints").get(0).get("value").asDouble());
    }

    @Test
    void oneDatapointWithoutDatapointsToAlarmAndOkReasons() {
        Alarm a = alarm(1, null, "missing");
        a.state = Alarm.ALARM;
        assertEquals("Threshold Crossed: 1 datapoint [0.0 (05/12/26 10:02:00)] was not greater than or equal to the threshold (1.0).",
                AlarmEvaluator.evaluate(a, range("X X 0"), QUERY).reason());
        Alarm b = alarm(2, 2, "missing");
        b.state = Alarm.ALARM;
        b.comparisonOperator = "GreaterThanThreshold";
        assertEquals("Threshold Crossed: 2 out of the last 2 datapoints [0.0 (05/12/26 10:03:00), 0.0 (05/12/26 10:02:00)] were not greater than "
                + "the threshold (1.0) (minimum 1 datapoint for ALARM -> OK transition).", AlarmEvaluator.evaluate(b, range("X X 0 0"), QUERY).reason());
    }

    @Test
    void missingDataReasons() {
        assertEquals("Insufficient Data: 1 datapoint was unknown.", AlarmEvaluator.evaluate(alarm(1, null, null), range("- - -"), QUERY).reason());
        assertEquals("Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [Breaching].",
                AlarmEvaluator.evaluate(alarm(1, null, "breaching"), range("- - -"), QUERY).reason());
        Outcome o = AlarmEvaluator.evaluate(alarm(1, null, "notBreaching"), range("- - -"), QUERY);
        assertEquals("Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching].", o.reason());
        JsonNode missing = o.reasonData().get("evaluatedDatapoints").get(0);
        assertEquals("2026-12-05T10:02:00.000+0000", missing.get("timestamp").asText());
        assertFalse(missing.has("value"));
        Alarm filled = alarm(3, 3, "breaching");
        Outcome f = AlarmEvaluator.evaluate(filled, range("- - X - -"), QUERY);
        assertTrue(f.reason().contains("and 2 missing datapoints were treated as [Breaching]"), f.reason());
    }

    @Test
    void everyComparison() {
        Alarm a = alarm(1, 1, null);
        a.comparisonOperator = "GreaterThanThreshold";
        assertFalse(AlarmEvaluator.breaches(a, 1.0));
        a.comparisonOperator = "GreaterThanOrEqualToThreshold";
        assertTrue(AlarmEvaluator.breaches(a, 1.0));
        a.comparisonOperator = "LessThanThreshold";
        assertFalse(AlarmEvaluator.breaches(a, 1.0));
        assertTrue(AlarmEvaluator.breaches(a, 0.5));
        a.comparisonOperator = "LessThanOrEqualToThreshold";
        assertTrue(AlarmEvaluator.breaches(a, 1.0));
    }

    @Test
    void dynamoDbAlarmsIgnoreMissingData() {
        Alarm a = alarm(1, null, "breaching");
        a.namespace = "AWS/DynamoDB";
        assertNull(AlarmEvaluator.evaluate(a, range("- - -"), QUERY).state());
    }

    @Test
    void lowSampleCountPercentilesIgnoredWhenAsked() {
        Alarm a = alarm(1, null, null);
        a.statistic = null;
        a.extendedStatistic = "p99";
        assertFalse(AlarmStates.lowSampleIgnored(a, 5));
        a.evaluateLowSampleCountPercentile = "ignore";
        assertTrue(AlarmStates.lowSampleIgnored(a, 5));
        assertFalse(AlarmStates.lowSampleIgnored(a, 1000));
    }
}
