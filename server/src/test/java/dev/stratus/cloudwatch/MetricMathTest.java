package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.cloudwatch.MetricMath.Line;
import dev.stratus.cloudwatch.MetricMath.Lines;
import dev.stratus.cloudwatch.MetricMath.Scalar;
import dev.stratus.cloudwatch.MetricMath.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MetricMathTest {
    private static final long P = 60_000;

    private static Line line(String label, double... values) {
        TreeMap<Long, Double> points = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                points.put(i * P, values[i]);
            }
        }
        return new Line(label, P, points);
    }

    private static final Map<String, Line> SERIES = Map.of(
            "m1", line("errors", 1, 2, Double.NaN, 4),
            "m2", line("invocations", 10, 10, 10, 0),
            "other", line("other", 5, 5, 5, 5));

    private static final MetricMath.Context CONTEXT = new MetricMath.Context() {
        @Override
        public Value reference(String id) {
            Line l = SERIES.get(id);
            if (l == null) {
                throw new MetricMath.Invalid("Unrecognized identifier '" + id + "'.");
            }
            return l;
        }

        @Override
        public List<Line> metrics(String filter) {
            return List.of(SERIES.get("m1"), SERIES.get("m2")).stream().filter(l -> filter.isEmpty() || "m1".contains(filter)
                    && l == SERIES.get("m1") || "m2".contains(filter) && l == SERIES.get("m2")).toList();
        }

        @Override
        public long startMillis() {
            return 0;
        }

        @Override
        public long endMillis() {
            return 4 * P;
        }

        @Override
        public long defaultPeriodMillis() {
            return P;
        }
    };

    private static Value eval(String expression) {
        return MetricMath.evaluate(MetricMath.parse(expression), CONTEXT);
    }

    private static List<Double> values(String expression) {
        return List.copyOf(((Line) eval(expression)).points().values());
    }

    @Test
    void arithmeticKeepsTheTimestampsBothSeriesHaveAndDropsDivisionsByZero() {
        assertEquals(List.of(10.0, 20.0), values("100 * m1 / m2"));
        assertEquals(List.of(3.0, 5.0, 9.0), values("m1 * 2 + 1"));
        assertEquals(List.of(-1.0, -2.0, -4.0), values("-m1"));
        assertEquals(14.0, ((Scalar) eval("2 + 3 * 4")).value());
        assertEquals(512.0, ((Scalar) eval("2 ^ 3 ^ 2")).value());
    }

    @Test
    void aggregatesOfOneSeriesAreScalarsAndOfArraysSeries() {
        assertEquals(7.0 / 3, ((Scalar) eval("AVG(m1)")).value(), 1e-12);
        assertEquals(List.of(11.0, 12.0, 10.0, 4.0), values("SUM(METRICS())"));
        assertEquals(List.of(10.0, 10.0, 10.0, 4.0), values("MAX([m1, m2])"));
        assertEquals(List.of(1.0, 2.0, 4.0), values("SUM(METRICS(\"m1\"))"));
        assertEquals(Math.sqrt(14.0 / 9), ((Scalar) eval("STDDEV(m1)")).value(), 1e-12);
    }

    @Test
    void fillRepeatLinearAndConstant() {
        assertEquals(List.of(1.0, 2.0, 0.0, 4.0), values("FILL(m1, 0)"));
        assertEquals(List.of(1.0, 2.0, 2.0, 4.0), values("FILL(m1, REPEAT)"));
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0), values("FILL(m1, LINEAR)"));
    }

    @Test
    void differencesRatesAndPeriods() {
        assertEquals(List.of(1.0, 2.0), values("DIFF(m1)"));
        assertEquals(List.of(1.0 / 60, 2.0 / 120), values("RATE(m1)"));
        assertEquals(List.of(60.0, 120.0), values("DIFF_TIME(m1)"));
        assertEquals(60.0, ((Scalar) eval("PERIOD(m1)")).value());
        assertEquals(List.of(7.0, 7.0, 7.0, 7.0), values("TIME_SERIES(7)"));
    }

    @Test
    void functionsComparisonsAndIf() {
        assertEquals(List.of(1.0, 2.0, 2.0), values("FLOOR(SQRT(m1 * 2))"));
        assertEquals(List.of(0.0, 1.0, 1.0), values("m1 >= 2"));
        assertEquals(List.of(0.0, 20.0, 40.0), values("IF(m1 > 1, m1 * 10, 0)"));
        assertEquals(List.of(1.0, 0.0, 1.0), values("m1 == 1 OR m1 > 3"));
        assertEquals(List.of(1.0, 1.0, 1.0), values("ABS(LOG10(10 ^ m1) - m1 + 1)"));
    }

    @Test
    void firstLastAndSort() {
        assertEquals("invocations", ((Line) eval("FIRST(SORT(METRICS(), SUM, DESC))")).label());
        assertEquals("errors", ((Line) eval("LAST(SORT(METRICS(), AVG, DESC))")).label());
        assertEquals(1, ((Lines) eval("SORT(METRICS(), MAX, ASC, 1)")).lines().size());
    }

    @Test
    void badExpressionsAreRefusedWithAReason() {
        assertInstanceOf(MetricMath.Invalid.class, assertThrows(RuntimeException.class, () -> MetricMath.parse("m1 +")));
        assertThrows(MetricMath.Invalid.class, () -> MetricMath.parse("(m1"));
        assertThrows(MetricMath.Invalid.class, () -> MetricMath.parse("m1 $ 2"));
        assertThrows(MetricMath.Invalid.class, () -> eval("NOPE(m1)"));
        assertThrows(MetricMath.Invalid.class, () -> eval("m9 * 2"));
        assertThrows(MetricMath.Invalid.class, () -> eval("DIFF(3)"));
        assertThrows(MetricMath.Invalid.class, () -> eval("FILL(m1)"));
    }
}
