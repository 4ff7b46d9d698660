package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.cloudwatch.MetricReader.Period;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    /** The values 1 … 100, once each. */
    private static Period hundred() {
        TreeMap<Double, Double> values = new TreeMap<>();
        for (int i = 1; i <= 100; i++) {
            values.put((double) i, 1.0);
        }
        return new Period(0, 100, 5050, 1, 100, values);
    }

    @Test
    void percentilesAreExact() {
        assertEquals(99.0, Statistics.of(hundred(), "p99"));
        assertEquals(50.0, Statistics.of(hundred(), "p50"));
        assertEquals(100.0, Statistics.of(hundred(), "p100"));
        assertEquals(100.0, Statistics.of(hundred(), "p99.9"));
        assertEquals(1.0, Statistics.of(hundred(), "p0"));
    }

    @Test
    void trimmedAndWinsorizedStatistics() {
        assertEquals(50.0, Statistics.of(hundred(), "tm99"));
        assertEquals(50.5, Statistics.of(hundred(), "TM(10%:90%)") , 0.5);
        assertEquals(99.0, Statistics.of(hundred(), "tc99"));
        assertEquals(4950.0, Statistics.of(hundred(), "ts99"));
        assertEquals(15.5, Statistics.of(hundred(), "TM(10:20)") , 1e-9);
        assertEquals(10.0, Statistics.of(hundred(), "TC(10:20)"));
        assertEquals(50.5, Statistics.of(hundred(), "IQM"), 0.5);
        // Winsorized: 1..9 become 10 and 91..100 become 90 (the 10th and 90th percentiles).
        double expected = (9 * 10 + (10 + 90) * 81 / 2.0 + 10 * 90) / 100;
        assertEquals(expected, Statistics.of(hundred(), "WM(10%:90%)"), 1e-9);
        assertEquals(30.0, Statistics.of(hundred(), "PR(:30)"));
        assertEquals(10.0, Statistics.of(hundred(), "PR(10:20)"));
    }

    @Test
    void namesCloudWatchDoesNotKnowAreRefused() {
        assertNull(Statistics.extended("p101"));
        assertNull(Statistics.extended("Median"));
        assertNull(Statistics.extended("TM(10%:90)"));
        assertNull(Statistics.extended("PR(10%:90%)"));
        assertNull(Statistics.extended("TM(:)"));
        assertNotNull(Statistics.extended("TM(:90%)"));
        assertNotNull(Statistics.extended("wm95.5"));
    }

    @Test
    void statisticSetsHaveNoExtendedStatistics() {
        Period set = new Period(0, 10, 100, 1, 20, null);
        assertNull(Statistics.of(set, "p99"));
        assertEquals(10.0, Statistics.of(set, "Average"));
    }
}
