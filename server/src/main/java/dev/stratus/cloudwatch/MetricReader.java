package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.MetricStore.MetricKey;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A metric's data summed per period, the one way its stored data are read: GetMetricStatistics and
 * GetMetricData answer from it, and alarms evaluate it.
 */
final class MetricReader {
    /** The unit of data published without one. */
    static final String NONE = "None";

    /**
     * The data of one period: count, sum, minimum and maximum of its values, and the values with
     * their counts, or none when some of them came only as statistics (then no percentile exists).
     */
    record Period(long at, double samples, double sum, double minimum, double maximum, SortedMap<Double, Double> values) {

        /** {@code statistic} of this period (SampleCount, Sum, Average, Minimum, Maximum, or pNN.NN), or null when it has none. */
        Double statistic(String statistic) {
            return switch (statistic) {
                case "SampleCount" -> samples;
                case "Sum" -> sum;
                case "Average" -> sum / samples;
                case "Minimum" -> minimum;
                case "Maximum" -> maximum;
                default -> statistic.startsWith("p") && values != null ? percentile(Double.parseDouble(statistic.substring(1))) : null;
            };
        }

        /** The smallest value that at least {@code p} percent of the values do not exceed. */
        private double percentile(double p) {
            double rank = Math.max(1, Math.ceil(p / 100 * samples));
            double seen = 0;
            for (Map.Entry<Double, Double> e : values.entrySet()) {
                seen += e.getValue();
                if (seen >= rank) {
                    return e.getKey();
                }
            }
            return maximum;
        }
    }

    /**
     * The periods of {@code periodSeconds} in [startMillis, endMillis) that have data of {@code metric}
     * in {@code unit} (any unit when null), by their start; periods are aligned to the epoch.
     */
    SortedMap<Long, Period> periods(Tx tx, MetricKey metric, String unit, int periodSeconds, long startMillis, long endMillis)
            throws SQLException {
        return aligned(tx, metric, unit, periodSeconds, 0, startMillis, endMillis);
    }

    /**
     * As {@link #periods}, with periods starting at {@code originMillis} plus whole periods, as
     * GetMetricStatistics and GetMetricData count them from their (rounded) start time.
     */
    SortedMap<Long, Period> aligned(Tx tx, MetricKey metric, String unit, int periodSeconds, long originMillis, long startMillis,
                                    long endMillis) throws SQLException {
        return aligned(tx, metric, unit, periodSeconds, originMillis, startMillis, endMillis, true);
    }

    /**
     * As {@link #aligned}; without {@code values} the periods carry none (no percentiles), which
     * spares reading them where only the standard statistics are asked for.
     */
    SortedMap<Long, Period> aligned(Tx tx, MetricKey metric, String unit, int periodSeconds, long originMillis, long startMillis,
                                    long endMillis, boolean values) throws SQLException {
        Map<String, SortedMap<Long, Sum>> read = read(tx, metric, unit, periodSeconds, originMillis, startMillis, endMillis, values, false);
        SortedMap<Long, Period> periods = new TreeMap<>();
        read.values().forEach(sums -> sums.forEach((at, sum) -> periods.put(at, sum.period(at))));
        return periods;
    }

    /**
     * As {@link #aligned}, kept apart per unit (data published without one are in "None"), as
     * GetMetricStatistics answers when asked for no unit.
     */
    Map<String, SortedMap<Long, Period>> byUnit(Tx tx, MetricKey metric, String unit, int periodSeconds, long originMillis,
                                                long startMillis, long endMillis, boolean values) throws SQLException {
        Map<String, SortedMap<Long, Period>> units = new TreeMap<>();
        read(tx, metric, unit, periodSeconds, originMillis, startMillis, endMillis, values, true).forEach((u, sums) -> {
            SortedMap<Long, Period> periods = new TreeMap<>();
            sums.forEach((at, sum) -> periods.put(at, sum.period(at)));
            units.put(u, periods);
        });
        return units;
    }

    /** A period's data summed as rows are read: values merged in place, so that long periods cost no copying. */
    private static final class Sum {
        double samples;
        double total;
        double minimum = Double.POSITIVE_INFINITY;
        double maximum = Double.NEGATIVE_INFINITY;
        TreeMap<Double, Double> values;
        boolean valuesMissing;

        Period period(long at) {
            return new Period(at, samples, total, minimum, maximum, valuesMissing ? null : values);
        }
    }

    /** The rows of the metric in the range summed per unit (all under one key unless {@code perUnit}) and period start. */
    private Map<String, SortedMap<Long, Sum>> read(Tx tx, MetricKey metric, String unit, int periodSeconds, long originMillis,
                                                   long startMillis, long endMillis, boolean withValues, boolean perUnit)
            throws SQLException {
        Map<String, SortedMap<Long, Sum>> out = new TreeMap<>();
        long size = periodSeconds * 1000L;
        Long id = metricId(tx, metric);
        if (id == null) {
            return out;
        }
        // By the metric's id, not a join on its key: SQLite would otherwise walk every datum in the time range.
        String unitFilter = unit == null ? "" : NONE.equals(unit) ? " AND (unit = ? OR unit IS NULL)" : " AND unit = ?";
        PreparedStatement ps = tx.sql("SELECT at, samples, total, minimum, maximum, unit" + (withValues ? ", vals" : "")
                + " FROM cw_datum WHERE metric_id = ? AND at >= ? AND at < ?" + unitFilter);
        if (unit == null) {
            Tx.bind(ps, id, startMillis, endMillis);
        } else {
            Tx.bind(ps, id, startMillis, endMillis, unit);
        }
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long at = originMillis + Math.floorDiv(rs.getLong(1) - originMillis, size) * size;
                String u = perUnit ? rs.getString(6) == null ? NONE : rs.getString(6) : "";
                Sum sum = out.computeIfAbsent(u, k -> new TreeMap<>()).computeIfAbsent(at, k -> new Sum());
                sum.samples += rs.getDouble(2);
                sum.total += rs.getDouble(3);
                sum.minimum = Math.min(sum.minimum, rs.getDouble(4));
                sum.maximum = Math.max(sum.maximum, rs.getDouble(5));
                byte[] packed = withValues ? rs.getBytes(7) : null;
                if (packed == null) {
                    sum.valuesMissing = true;
                } else if (!sum.valuesMissing) {
                    if (sum.values == null) {
                        sum.values = new TreeMap<>();
                    }
                    MetricStore.unpackInto(packed, sum.values);
                }
            }
        }
        return out;
    }

    private static Long metricId(Tx tx, MetricKey metric) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT id FROM cw_metric WHERE account = ? AND region = ? AND namespace = ? AND name = ? AND dimensions = ?");
        Tx.bind(ps, metric.account(), metric.region(), metric.namespace(), metric.name(), metric.dimensionsJson());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }
}
