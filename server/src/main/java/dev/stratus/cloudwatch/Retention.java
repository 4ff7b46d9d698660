package dev.stratus.cloudwatch;

import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * AWS's retention, run as each minute ends: high-resolution data older than three hours are
 * rolled up into one-minute data, and data older than 455 days are dropped. Rolled-up data keep
 * their values with counts, so percentiles stay exact. AWS further rolls one-minute data into five
 * minutes after 15 days and into an hour after 63 days; Stratus keeps them at one minute until
 * they expire, which answers every period AWS allows for that age with the same numbers.
 */
final class Retention {
    static final long HIGH_RESOLUTION_KEPT_MILLIS = 3 * 3_600_000L;
    static final long KEPT_MILLIS = 455L * 24 * 3_600_000L;
    /** Metrics rolled up per minute at most, so that one minute's transaction stays short after a long pause. */
    private static final int METRICS_PER_MINUTE = 200;

    void minuteEnded(Tx tx, long minuteMillis) throws SQLException {
        long cutoff = Math.floorDiv(minuteMillis - HIGH_RESOLUTION_KEPT_MILLIS, MinuteTick.MINUTE) * MinuteTick.MINUTE;
        for (long metric : metricsWithOldHighResolution(tx, cutoff)) {
            rollUp(tx, metric, cutoff);
        }
        tx.update("DELETE FROM cw_datum WHERE high_res = 0 AND at < ?", minuteMillis - KEPT_MILLIS);
        tx.update("DELETE FROM cw_datum WHERE high_res = 1 AND at < ?", minuteMillis - KEPT_MILLIS);
    }

    private static List<Long> metricsWithOldHighResolution(Tx tx, long cutoff) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT DISTINCT metric_id FROM cw_datum WHERE high_res = 1 AND at < ? LIMIT " + METRICS_PER_MINUTE);
        Tx.bind(ps, cutoff);
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private record Minute(long at, String unit) implements Comparable<Minute> {
        @Override
        public int compareTo(Minute o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : String.valueOf(unit).compareTo(String.valueOf(o.unit));
        }
    }

    private static final class Sum {
        double samples;
        double total;
        double minimum = Double.POSITIVE_INFINITY;
        double maximum = Double.NEGATIVE_INFINITY;
        TreeMap<Double, Double> values = new TreeMap<>();
        boolean valuesMissing;
    }

    /** Replaces the metric's high-resolution rows before {@code cutoff} by one row per minute and unit. */
    private static void rollUp(Tx tx, long metric, long cutoff) throws SQLException {
        Map<Minute, Sum> minutes = new TreeMap<>();
        PreparedStatement ps = tx.sql("SELECT at, unit, samples, total, minimum, maximum, vals FROM cw_datum "
                + "WHERE metric_id = ? AND high_res = 1 AND at < ?");
        Tx.bind(ps, metric, cutoff);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Sum s = minutes.computeIfAbsent(new Minute(Math.floorDiv(rs.getLong(1), MinuteTick.MINUTE) * MinuteTick.MINUTE,
                        rs.getString(2)), k -> new Sum());
                s.samples += rs.getDouble(3);
                s.total += rs.getDouble(4);
                s.minimum = Math.min(s.minimum, rs.getDouble(5));
                s.maximum = Math.max(s.maximum, rs.getDouble(6));
                byte[] packed = rs.getBytes(7);
                if (packed == null) {
                    s.valuesMissing = true;
                } else {
                    MetricStore.unpackInto(packed, s.values);
                }
            }
        }
        tx.update("DELETE FROM cw_datum WHERE metric_id = ? AND high_res = 1 AND at < ?", metric, cutoff);
        PreparedStatement insert = tx.sql("INSERT INTO cw_datum (metric_id, at, high_res, unit, samples, total, minimum, maximum, vals) "
                + "VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)");
        for (Map.Entry<Minute, Sum> e : minutes.entrySet()) {
            Sum s = e.getValue();
            Tx.bind(insert, metric, e.getKey().at(), e.getKey().unit(), s.samples, s.total, s.minimum, s.maximum,
                    s.valuesMissing ? null : MetricStore.pack(s.values));
            insert.addBatch();
        }
        insert.executeBatch();
    }
}
