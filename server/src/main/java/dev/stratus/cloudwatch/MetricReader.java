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
        SortedMap<Long, Period> periods = new TreeMap<>();
        read(tx, metric, unit, periodSeconds, originMillis, startMillis, endMillis, (u, p) -> periods.merge(p.at(), p, MetricReader::combine));
        return periods;
    }

    /**
     * As {@link #aligned}, kept apart per unit (data published without one are in "None"), as
     * GetMetricStatistics answers when asked for no unit.
     */
    Map<String, SortedMap<Long, Period>> byUnit(Tx tx, MetricKey metric, String unit, int periodSeconds, long originMillis,
                                                long startMillis, long endMillis) throws SQLException {
        Map<String, SortedMap<Long, Period>> units = new TreeMap<>();
        read(tx, metric, unit, periodSeconds, originMillis, startMillis, endMillis,
                (u, p) -> units.computeIfAbsent(u, k -> new TreeMap<>()).merge(p.at(), p, MetricReader::combine));
        return units;
    }

    private interface Sink {
        void accept(String unit, Period period);
    }

    private void read(Tx tx, MetricKey metric, String unit, int periodSeconds, long originMillis, long startMillis, long endMillis,
                      Sink sink) throws SQLException {
        long size = periodSeconds * 1000L;
        String unitFilter = unit == null ? "" : NONE.equals(unit) ? " AND (d.unit = ? OR d.unit IS NULL)" : " AND d.unit = ?";
        PreparedStatement ps = tx.sql("SELECT d.at, d.samples, d.total, d.minimum, d.maximum, d.vals, d.unit FROM cw_datum d "
                + "JOIN cw_metric m ON m.id = d.metric_id WHERE m.account = ? AND m.region = ? AND m.namespace = ? AND m.name = ? "
                + "AND m.dimensions = ? AND d.at >= ? AND d.at < ?" + unitFilter);
        if (unit == null) {
            Tx.bind(ps, metric.account(), metric.region(), metric.namespace(), metric.name(), metric.dimensionsJson(), startMillis, endMillis);
        } else {
            Tx.bind(ps, metric.account(), metric.region(), metric.namespace(), metric.name(), metric.dimensionsJson(), startMillis, endMillis,
                    unit);
        }
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long at = originMillis + Math.floorDiv(rs.getLong(1) - originMillis, size) * size;
                byte[] packed = rs.getBytes(6);
                String u = rs.getString(7);
                sink.accept(u == null ? NONE : u, new Period(at, rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                        packed == null ? null : MetricStore.unpack(packed)));
            }
        }
    }

    private static Period combine(Period a, Period b) {
        SortedMap<Double, Double> values = null;
        if (a.values() != null && b.values() != null) {
            SortedMap<Double, Double> both = new TreeMap<>(a.values());
            b.values().forEach((v, c) -> both.merge(v, c, Double::sum));
            values = both;
        }
        return new Period(a.at(), a.samples() + b.samples(), a.sum() + b.sum(), Math.min(a.minimum(), b.minimum()),
                Math.max(a.maximum(), b.maximum()), values);
    }
}
