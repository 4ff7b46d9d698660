package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.cloudwatch.MetricStore.Datum;
import dev.stratus.cloudwatch.api.Dimension;
import dev.stratus.cloudwatch.api.MetricDatum;
import dev.stratus.cloudwatch.api.PutMetricDataInput;
import dev.stratus.cloudwatch.api.StatisticSet;
import dev.stratus.protocol.AwsException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishingTest {
    private static final long NOW = 1_800_000_000_000L;

    private static List<Datum> put(MetricDatum... data) {
        return Publishing.data("123456789012", "us-east-1", new PutMetricDataInput("App", List.of(data), null, null), NOW);
    }


    private static String refusal(MetricDatum d) {
        return assertThrows(AwsException.class, () -> put(d)).code();
    }

    @Test
    void valuesWithCountsAreOneDatumAtTheStartOfItsStoragePeriod() {
        Datum d = put(new MetricDatum("Latency", List.of(new Dimension("Api", "a")), Instant.ofEpochMilli(NOW - 61_500), null, null,
                List.of(3.0, 1.0, 3.0), List.of(2.0, 1.0, 0.0), "Milliseconds", 1)).getFirst();
        assertEquals(NOW - 62_000, d.at());
        assertEquals(3.0, d.samples());
        assertEquals(7.0, d.total());
        assertEquals(1.0, d.minimum());
        assertEquals(3.0, d.maximum());
        assertEquals(2.0, d.values().get(3.0));
        Datum set = put(new MetricDatum("Latency", null, null, null, new StatisticSet(4.0, 10.0, 1.0, 4.0), null, null, null, null)).getFirst();
        assertNull(set.values());
        assertEquals("None", set.unit());
        assertEquals(Math.floorDiv(NOW, 60_000) * 60_000, set.at());
    }

    @Test
    void awsLimitsAndCombinationsAreRefused() {
        assertEquals("InvalidParameterCombinationException",
                refusal(new MetricDatum("x", null, null, 1.0, new StatisticSet(1.0, 1.0, 1.0, 1.0), null, null, null, null)));
        assertEquals("MissingRequiredParameterException", refusal(new MetricDatum("x", null, null, null, null, null, null, null, null)));
        assertEquals("InvalidParameterValueException",
                refusal(new MetricDatum("x", null, Instant.ofEpochMilli(NOW + Publishing.FUTURE_MILLIS + 1), 1.0, null, null, null, null, null)));
        assertEquals("InvalidParameterValueException",
                refusal(new MetricDatum("x", null, Instant.ofEpochMilli(NOW - Publishing.PAST_MILLIS - 1), 1.0, null, null, null, null, null)));
        assertEquals("InvalidParameterValueException", refusal(new MetricDatum("x", null, null, Double.NaN, null, null, null, null, null)));
        assertEquals("InvalidParameterValueException", refusal(new MetricDatum("x", null, null, Math.pow(2, 361), null, null, null, null, null)));
        assertEquals("InvalidParameterValueException", refusal(new MetricDatum("x", null, null, 1.0, null, null, null, "Parsecs", null)));
        assertEquals("InvalidParameterValueException",
                refusal(new MetricDatum("x", null, null, null, null, Collections.nCopies(151, 1.0), null, null, null)));
        assertEquals("InvalidParameterValueException",
                refusal(new MetricDatum("x", null, null, null, null, List.of(1.0, 2.0), List.of(1.0), null, null)));
        assertEquals("InvalidParameterValueException",
                refusal(new MetricDatum("x", null, null, 1.0, null, null, null, null, 30)));
        assertEquals("InvalidParameterValueException", assertThrows(AwsException.class, () -> Publishing.data("1", "r",
                new PutMetricDataInput("AWS/EC2", List.of(new MetricDatum("x", null, null, 1.0, null, null, null, null, null)), null, null),
                NOW)).code());
    }
}
