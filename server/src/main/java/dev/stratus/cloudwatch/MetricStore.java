package dev.stratus.cloudwatch;

import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CloudWatch's metric tables and every statement on them. A metric is one row per account, region,
 * namespace, name and set of dimensions (stored as a JSON object with sorted keys, so the same set
 * is the same row whatever order it was given in). Its data are rows of aggregates: each covers one
 * storage period (a second for high-resolution data, else a minute) at {@code at}, its start, in one
 * unit, with the count, sum, minimum and maximum of its values, and the values themselves with their
 * counts ({@code vals}) when the publisher gave them, so that percentiles come from the values, not
 * an approximation. One period may have several rows (each PutMetricData adds one); queries combine them.
 */
final class MetricStore {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE cw_metric (
              id ${ID},
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              namespace TEXT NOT NULL,
              name TEXT NOT NULL,
              dimensions TEXT NOT NULL,
              last_at BIGINT NOT NULL);
            CREATE UNIQUE INDEX cw_metric_key ON cw_metric (account, region, namespace, name, dimensions);
            CREATE TABLE cw_datum (
              metric_id BIGINT NOT NULL,
              at BIGINT NOT NULL,
              high_res INTEGER NOT NULL,
              unit TEXT,
              samples DOUBLE PRECISION NOT NULL,
              total DOUBLE PRECISION NOT NULL,
              minimum DOUBLE PRECISION NOT NULL,
              maximum DOUBLE PRECISION NOT NULL,
              vals ${BLOB});
            CREATE INDEX cw_datum_metric_at ON cw_datum (metric_id, at);
            """, """
            CREATE INDEX cw_datum_resolution_at ON cw_datum (high_res, at);
            """);

    /** A metric's identity: its dimensions sorted by name. */
    record MetricKey(String account, String region, String namespace, String name, Map<String, String> dimensions) {

        MetricKey {
            dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
        }

        String dimensionsJson() {
            return Json.string(dimensions);
        }

        @SuppressWarnings("unchecked")
        static Map<String, String> dimensions(String json) {
            return Json.parse(json, Map.class);
        }
    }

    /**
     * The values of one metric in one storage period and unit ({@code null} when given none):
     * their count, sum, minimum and maximum, and each distinct value with how often it came, or
     * none when only statistics were given (PutMetricData's StatisticValues).
     */
    record Datum(MetricKey metric, long at, boolean highResolution, String unit, double samples, double total, double minimum,
                 double maximum, SortedMap<Double, Double> values) {
    }

    /** Metric ids by key, of metrics whose creation committed. */
    private final Map<MetricKey, Long> ids = new ConcurrentHashMap<>();
    /** The last_at each metric is known to have stored, so that most data need no update of it. */
    private final Map<Long, Long> lastAt = new ConcurrentHashMap<>();

    /**
     * Stores {@code data}, creating their metrics when new and marking each as published at its
     * latest datum (kept to within {@link #LAST_AT_SLACK_MILLIS}: ListMetrics' RecentlyActive
     * needs no finer, and most requests then update no metric row).
     */
    void insert(Tx tx, List<Datum> data) throws SQLException {
        Map<MetricKey, Long> made = new HashMap<>();
        Map<Long, Long> latest = new HashMap<>();
        PreparedStatement insert = tx.sql("INSERT INTO cw_datum (metric_id, at, high_res, unit, samples, total, minimum, maximum, vals) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (Datum d : data) {
            long id = metricId(tx, d.metric(), d.at(), made);
            latest.merge(id, d.at(), Math::max);
            Tx.bind(insert, id, d.at(), d.highResolution() ? 1 : 0, d.unit(), d.samples(), d.total(), d.minimum(), d.maximum(),
                    d.values() == null ? null : pack(d.values()));
            insert.addBatch();
        }
        insert.executeBatch();
        Map<Long, Long> marked = new HashMap<>();
        for (Map.Entry<Long, Long> e : latest.entrySet()) {
            Long known = lastAt.get(e.getKey());
            if (known == null || e.getValue() > known + LAST_AT_SLACK_MILLIS) {
                tx.update("UPDATE cw_metric SET last_at = ? WHERE id = ? AND last_at < ?", e.getValue(), e.getKey(), e.getValue());
                marked.put(e.getKey(), e.getValue());
            }
        }
        tx.afterCommit(() -> {
            ids.putAll(made);
            marked.forEach((id, at) -> lastAt.merge(id, at, Math::max));
        });
    }

    static final long LAST_AT_SLACK_MILLIS = 60_000;

    private long metricId(Tx tx, MetricKey key, long at, Map<MetricKey, Long> made) throws SQLException {
        Long known = ids.getOrDefault(key, made.get(key));
        if (known != null) {
            return known;
        }
        PreparedStatement find = tx.sql("SELECT id FROM cw_metric WHERE account = ? AND region = ? AND namespace = ? AND name = ? "
                + "AND dimensions = ?");
        Tx.bind(find, key.account(), key.region(), key.namespace(), key.name(), key.dimensionsJson());
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                long id = rs.getLong(1);
                made.put(key, id);
                return id;
            }
        }
        PreparedStatement add = tx.sql("INSERT INTO cw_metric (account, region, namespace, name, dimensions, last_at) "
                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
        Tx.bind(add, key.account(), key.region(), key.namespace(), key.name(), key.dimensionsJson(), at);
        try (ResultSet rs = add.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            made.put(key, id);
            return id;
        }
    }

    /** A stored metric with its id, the order ListMetrics pages in. */
    record Listed(long id, MetricKey key) {
    }

    /**
     * Up to {@code limit} metrics of an account and region after id {@code afterId}, by id, in
     * {@code namespace} and named {@code name} when given, having each of {@code dimensions} (a
     * null value: any value), published at or after {@code activeSince} when given.
     */
    List<Listed> list(Tx tx, String account, String region, String namespace, String name, Map<String, String> dimensions,
                      Long activeSince, long afterId, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, namespace, name, dimensions FROM cw_metric WHERE account = ? AND region = ? AND id > ?");
        List<Object> params = new java.util.ArrayList<>(List.of(account, region, afterId));
        if (namespace != null) {
            sql.append(" AND namespace = ?");
            params.add(namespace);
        }
        if (name != null) {
            sql.append(" AND name = ?");
            params.add(name);
        }
        if (activeSince != null) {
            sql.append(" AND last_at >= ?");
            params.add(activeSince);
        }
        sql.append(" ORDER BY id");
        PreparedStatement ps = tx.sql(sql.toString());
        Tx.bind(ps, params.toArray());
        List<Listed> out = new java.util.ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next() && out.size() < limit) {
                Map<String, String> dims = MetricKey.dimensions(rs.getString(4));
                if (matches(dims, dimensions)) {
                    out.add(new Listed(rs.getLong(1), new MetricKey(account, region, rs.getString(2), rs.getString(3), dims)));
                }
            }
        }
        return out;
    }

    private static boolean matches(Map<String, String> dims, Map<String, String> filters) {
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String v = dims.get(f.getKey());
            if (v == null || (f.getValue() != null && !f.getValue().equals(v))) {
                return false;
            }
        }
        return true;
    }

    /** Values and counts as pairs of doubles, 16 bytes each. */
    static byte[] pack(SortedMap<Double, Double> values) {
        ByteBuffer b = ByteBuffer.allocate(values.size() * 16);
        values.forEach((v, c) -> b.putDouble(v).putDouble(c));
        return b.array();
    }

    static SortedMap<Double, Double> unpack(byte[] packed) {
        SortedMap<Double, Double> values = new TreeMap<>();
        unpackInto(packed, values);
        return values;
    }

    /** Adds the packed values and counts to {@code values}. */
    static void unpackInto(byte[] packed, SortedMap<Double, Double> values) {
        ByteBuffer b = ByteBuffer.wrap(packed);
        while (b.remaining() >= 16) {
            values.merge(b.getDouble(), b.getDouble(), Double::sum);
        }
    }
}
