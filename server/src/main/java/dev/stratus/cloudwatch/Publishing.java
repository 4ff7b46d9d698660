package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.MetricStore.Datum;
import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.cloudwatch.api.Dimension;
import dev.stratus.cloudwatch.api.EntityMetricData;
import dev.stratus.cloudwatch.api.MetricDatum;
import dev.stratus.cloudwatch.api.PutMetricDataInput;
import dev.stratus.cloudwatch.api.StatisticSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * PutMetricData's input checked against AWS's rules and turned into stored data: one datum per
 * MetricDatum (its values with their counts, or its statistic set), at the start of its storage
 * period (a second for StorageResolution 1, else a minute).
 */
final class Publishing {
    static final int MAX_DATA = 1000;
    static final int MAX_VALUES = 150;
    static final int MAX_DIMENSIONS = 30;
    static final long PAST_MILLIS = 14L * 24 * 3600 * 1000;
    static final long FUTURE_MILLIS = 2L * 3600 * 1000;
    /** AWS refuses magnitudes beyond 2^360 and, other than zero, below 2^-360. */
    private static final double LARGEST = Math.pow(2, 360);
    private static final double SMALLEST = Math.pow(2, -360);
    static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes",
            "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second",
            "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second",
            "Gigabits/Second", "Terabits/Second", "Count/Second", "None");

    private Publishing() {
    }

    /** The data {@code in} publishes, received at {@code nowMillis}; AWS's error for the first datum it refuses. */
    static List<Datum> data(String account, String region, PutMetricDataInput in, long nowMillis) {
        String namespace = in.namespace();
        if (namespace == null || namespace.isEmpty()) {
            throw CloudWatchErrors.missing("Namespace");
        }
        if (namespace.startsWith("AWS/")) {
            throw CloudWatchErrors.invalidValue(namespace, "Namespace");
        }
        List<MetricDatum> given = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (in.metricData() != null) {
            for (int i = 0; i < in.metricData().size(); i++) {
                given.add(in.metricData().get(i));
                paths.add("MetricData.member." + (i + 1));
            }
        }
        if (in.entityMetricData() != null) {
            for (int e = 0; e < in.entityMetricData().size(); e++) {
                EntityMetricData entity = in.entityMetricData().get(e);
                List<MetricDatum> data = entity.metricData() == null ? List.of() : entity.metricData();
                for (int i = 0; i < data.size(); i++) {
                    given.add(data.get(i));
                    paths.add("EntityMetricData.member." + (e + 1) + ".MetricData.member." + (i + 1));
                }
            }
        }
        if (given.isEmpty()) {
            throw CloudWatchErrors.combination("At least one of the parameters MetricData and EntityMetricData must be specified.");
        }
        if (given.size() > MAX_DATA) {
            throw CloudWatchErrors.invalid("The collection MetricData must not have a size greater than " + MAX_DATA + ".");
        }
        List<Datum> out = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            out.add(datum(account, region, namespace, given.get(i), paths.get(i), nowMillis));
        }
        return out;
    }

    private static Datum datum(String account, String region, String namespace, MetricDatum d, String path, long nowMillis) {
        if (d.metricName() == null || d.metricName().isEmpty()) {
            throw CloudWatchErrors.missing(path + ".MetricName");
        }
        MetricKey key = new MetricKey(account, region, namespace, d.metricName(), dimensions(d.dimensions(), path + ".Dimensions"));
        int resolution = d.storageResolution() == null ? 60 : d.storageResolution();
        if (resolution != 1 && resolution != 60) {
            throw CloudWatchErrors.invalidValue(resolution, path + ".StorageResolution");
        }
        long at = d.timestamp() == null ? nowMillis : d.timestamp().toEpochMilli();
        if (at < nowMillis - PAST_MILLIS) {
            throw CloudWatchErrors.invalid("The parameter " + path + ".Timestamp must specify a time within the past two weeks.");
        }
        if (at > nowMillis + FUTURE_MILLIS) {
            throw CloudWatchErrors.invalid("The parameter " + path + ".Timestamp must specify a time no more than two hours in the future.");
        }
        if (d.unit() != null && !UNITS.contains(d.unit())) {
            throw CloudWatchErrors.invalidValue(d.unit(), path + ".Unit");
        }
        long size = resolution * 1000L;
        long start = Math.floorDiv(at, size) * size;
        String unit = d.unit() == null ? MetricReader.NONE : d.unit();
        int forms = (d.value() != null ? 1 : 0) + (d.statisticValues() != null ? 1 : 0) + (d.values() != null ? 1 : 0);
        if (forms > 1) {
            String first = d.value() != null ? "Value" : "StatisticValues";
            String second = d.values() != null ? "Values" : "StatisticValues";
            throw CloudWatchErrors.combination("The parameters " + path + "." + first + " and " + path + "." + second
                    + " are mutually exclusive and you have specified both.");
        }
        if (d.counts() != null && d.values() == null) {
            throw CloudWatchErrors.combination("The parameter " + path + ".Counts may only be specified with " + path + ".Values.");
        }
        if (d.statisticValues() != null) {
            return statisticSet(key, start, resolution == 1, unit, d.statisticValues(), path + ".StatisticValues");
        }
        TreeMap<Double, Double> values = new TreeMap<>();
        if (d.value() != null) {
            values.put(checked(d.value(), path + ".Value"), 1.0);
        } else if (d.values() != null) {
            values = values(d.values(), d.counts(), path);
        } else {
            throw CloudWatchErrors.missing(path + ".Value");
        }
        double samples = 0;
        double total = 0;
        for (Map.Entry<Double, Double> e : values.entrySet()) {
            samples += e.getValue();
            total += e.getKey() * e.getValue();
        }
        if (values.isEmpty()) {
            throw CloudWatchErrors.invalid("The parameter " + path + ".Values must contain at least one value with a count above 0.");
        }
        return new Datum(key, start, resolution == 1, unit, samples, total, values.firstKey(), values.lastKey(), values);
    }

    private static TreeMap<Double, Double> values(List<Double> values, List<Double> counts, String path) {
        if (values.size() > MAX_VALUES) {
            throw CloudWatchErrors.invalid("The collection " + path + ".Values must not have a size greater than " + MAX_VALUES + ".");
        }
        if (counts != null && !counts.isEmpty() && counts.size() != values.size()) {
            throw CloudWatchErrors.invalid("The parameters " + path + ".Values and " + path + ".Counts must be of the same size.");
        }
        TreeMap<Double, Double> out = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            double v = checked(values.get(i), path + ".Values.member." + (i + 1));
            double c = counts == null || counts.isEmpty() ? 1 : counts.get(i);
            if (!(c >= 0) || Double.isInfinite(c)) {
                throw CloudWatchErrors.invalidValue(c, path + ".Counts.member." + (i + 1));
            }
            if (c > 0) {
                out.merge(v, c, Double::sum);
            }
        }
        return out;
    }

    private static Datum statisticSet(MetricKey key, long at, boolean highRes, String unit, StatisticSet s, String path) {
        if (s.sampleCount() == null) {
            throw CloudWatchErrors.missing(path + ".SampleCount");
        }
        if (s.sum() == null) {
            throw CloudWatchErrors.missing(path + ".Sum");
        }
        if (s.minimum() == null) {
            throw CloudWatchErrors.missing(path + ".Minimum");
        }
        if (s.maximum() == null) {
            throw CloudWatchErrors.missing(path + ".Maximum");
        }
        double count = checked(s.sampleCount(), path + ".SampleCount");
        double sum = checked(s.sum(), path + ".Sum");
        double min = checked(s.minimum(), path + ".Minimum");
        double max = checked(s.maximum(), path + ".Maximum");
        if (count <= 0) {
            throw CloudWatchErrors.invalid("The parameter " + path + ".SampleCount must be greater than 0.");
        }
        if (min > max) {
            throw CloudWatchErrors.invalid("The parameter " + path + ".Maximum must be greater than or equal to " + path + ".Minimum.");
        }
        return new Datum(key, at, highRes, unit, count, sum, min, max, null);
    }

    private static double checked(Double v, String path) {
        if (v == null || v.isNaN() || v.isInfinite() || Math.abs(v) > LARGEST || (v != 0 && Math.abs(v) < SMALLEST)) {
            throw CloudWatchErrors.invalidValue(v, path);
        }
        return v;
    }

    static Map<String, String> dimensions(List<Dimension> dims, String path) {
        if (dims == null || dims.isEmpty()) {
            return Map.of();
        }
        if (dims.size() > MAX_DIMENSIONS) {
            throw CloudWatchErrors.invalid("The collection " + path + " must not have a size greater than " + MAX_DIMENSIONS + ".");
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            if (d.name() == null || d.name().isEmpty()) {
                throw CloudWatchErrors.missing(path + ".member." + (i + 1) + ".Name");
            }
            if (d.value() == null || d.value().isEmpty()) {
                throw CloudWatchErrors.missing(path + ".member." + (i + 1) + ".Value");
            }
            if (out.put(d.name(), d.value()) != null) {
                throw CloudWatchErrors.invalid("No metric may have two dimensions named " + d.name() + " (" + path + ").");
            }
        }
        return out;
    }
}
