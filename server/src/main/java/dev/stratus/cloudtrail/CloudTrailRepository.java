package dev.stratus.cloudtrail;

import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * CloudTrail's tables and every statement on them: trails (per account, keyed by home region and
 * name, their event selectors as the JSON they were put as), and the event history, one row per
 * recorded management event with the columns LookupEvents filters on and the whole record, plus
 * the resources each event names.
 */
final class CloudTrailRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE cloudtrail_trail (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              arn TEXT NOT NULL,
              s3_bucket TEXT NOT NULL,
              s3_prefix TEXT,
              sns_topic TEXT,
              include_global INTEGER NOT NULL,
              multi_region INTEGER NOT NULL,
              log_validation INTEGER NOT NULL,
              cw_log_group TEXT,
              cw_role TEXT,
              kms_key TEXT,
              logging INTEGER NOT NULL,
              start_logging BIGINT,
              stop_logging BIGINT,
              event_selectors TEXT,
              advanced_selectors TEXT,
              PRIMARY KEY (account, region, name));
            CREATE TABLE cloudtrail_event (
              event_id TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              event_time BIGINT NOT NULL,
              event_name TEXT NOT NULL,
              event_source TEXT NOT NULL,
              read_only INTEGER NOT NULL,
              username TEXT,
              access_key_id TEXT,
              record TEXT NOT NULL);
            CREATE INDEX cloudtrail_event_time ON cloudtrail_event (account, region, event_time);
            CREATE TABLE cloudtrail_event_resource (
              event_id TEXT NOT NULL,
              resource_type TEXT NOT NULL,
              resource_name TEXT NOT NULL);
            CREATE INDEX cloudtrail_event_resource_event ON cloudtrail_event_resource (event_id);
            """);

    /** A trail as stored; {@code region} is its home region. */
    record Trail(String account, String region, String name, String arn, String s3Bucket, String s3Prefix, String snsTopic,
                 boolean includeGlobal, boolean multiRegion, boolean logValidation, String cwLogGroup, String cwRole, String kmsKey,
                 boolean logging, Long startLogging, Long stopLogging, String eventSelectors, String advancedSelectors) {
    }

    /** One recorded event: what LookupEvents filters on, the resources it names, and the record as JSON. */
    record StoredEvent(String eventId, String account, String region, long eventTime, String eventName, String eventSource,
                       boolean readOnly, String username, String accessKeyId, List<Resource> resources, String record) {
    }

    record Resource(String type, String name) {
    }

    private static final String TRAIL_COLUMNS = "account, region, name, arn, s3_bucket, s3_prefix, sns_topic, include_global, multi_region, "
            + "log_validation, cw_log_group, cw_role, kms_key, logging, start_logging, stop_logging, event_selectors, advanced_selectors";

    void putTrail(Tx tx, Trail t) throws SQLException {
        tx.update("DELETE FROM cloudtrail_trail WHERE account = ? AND region = ? AND name = ?", t.account(), t.region(), t.name());
        tx.update("INSERT INTO cloudtrail_trail (" + TRAIL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t.account(), t.region(), t.name(), t.arn(), t.s3Bucket(), t.s3Prefix(), t.snsTopic(), bit(t.includeGlobal()),
                bit(t.multiRegion()), bit(t.logValidation()), t.cwLogGroup(), t.cwRole(), t.kmsKey(), bit(t.logging()), t.startLogging(),
                t.stopLogging(), t.eventSelectors(), t.advancedSelectors());
    }

    void deleteTrail(Tx tx, Trail t) throws SQLException {
        tx.update("DELETE FROM cloudtrail_trail WHERE account = ? AND region = ? AND name = ?", t.account(), t.region(), t.name());
    }

    /** The account's trails whose home is {@code region}, and its multi-region trails homed elsewhere (their shadows here). */
    List<Trail> trailsSeenIn(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + TRAIL_COLUMNS + " FROM cloudtrail_trail WHERE account = ? AND (region = ? OR multi_region = 1)"
                + " ORDER BY name, region");
        Tx.bind(ps, account, region);
        List<Trail> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Trail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getInt(8) == 1, rs.getInt(9) == 1, rs.getInt(10) == 1, rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getInt(14) == 1, longOrNull(rs, 15), longOrNull(rs, 16), rs.getString(17), rs.getString(18)));
            }
        }
        return out;
    }

    void putEvent(Tx tx, StoredEvent e) throws SQLException {
        tx.update("INSERT INTO cloudtrail_event (event_id, account, region, event_time, event_name, event_source, read_only, username, "
                        + "access_key_id, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.eventId(), e.account(), e.region(), e.eventTime(),
                e.eventName(), e.eventSource(), bit(e.readOnly()), e.username(), e.accessKeyId(), e.record());
        for (Resource r : e.resources()) {
            tx.update("INSERT INTO cloudtrail_event_resource (event_id, resource_type, resource_name) VALUES (?, ?, ?)",
                    e.eventId(), r.type(), r.name());
        }
    }

    /** A LookupEvents condition on one attribute: the SQL over {@code e} and its value. */
    record Condition(String sql, Object value) {
    }

    /**
     * The account's events in the region from {@code fromMillis} to {@code toMillis} (inclusive)
     * that meet {@code condition} (none: every event), newest first, starting after the event at
     * ({@code beforeTime}, {@code beforeId}) when given; at most {@code limit}.
     */
    List<StoredEvent> events(Tx tx, String account, String region, long fromMillis, long toMillis, Condition condition,
                             Long beforeTime, String beforeId, int limit) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(account, region, fromMillis, toMillis));
        StringBuilder sql = new StringBuilder("SELECT e.event_id, e.account, e.region, e.event_time, e.event_name, e.event_source, e.read_only, "
                + "e.username, e.access_key_id, e.record FROM cloudtrail_event e WHERE e.account = ? AND e.region = ? "
                + "AND e.event_time >= ? AND e.event_time <= ?");
        if (condition != null) {
            sql.append(" AND ").append(condition.sql());
            params.add(condition.value());
        }
        if (beforeTime != null) {
            sql.append(" AND (e.event_time < ? OR (e.event_time = ? AND e.event_id < ?))");
            params.addAll(List.of(beforeTime, beforeTime, beforeId));
        }
        sql.append(" ORDER BY e.event_time DESC, e.event_id DESC LIMIT ").append(limit);
        PreparedStatement ps = tx.sql(sql.toString());
        Tx.bind(ps, params.toArray());
        List<StoredEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getInt(7) == 1, rs.getString(8), rs.getString(9), List.of(), rs.getString(10)));
            }
        }
        List<StoredEvent> withResources = new ArrayList<>();
        for (StoredEvent e : out) {
            withResources.add(new StoredEvent(e.eventId(), e.account(), e.region(), e.eventTime(), e.eventName(), e.eventSource(), e.readOnly(),
                    e.username(), e.accessKeyId(), resources(tx, e.eventId()), e.record()));
        }
        return withResources;
    }

    private static List<Resource> resources(Tx tx, String eventId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT resource_type, resource_name FROM cloudtrail_event_resource WHERE event_id = ?");
        Tx.bind(ps, eventId);
        List<Resource> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Resource(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    /** Forgets every event older than {@code beforeMillis}: event history keeps 90 days. */
    int expire(Tx tx, long beforeMillis) throws SQLException {
        tx.update("DELETE FROM cloudtrail_event_resource WHERE event_id IN (SELECT event_id FROM cloudtrail_event WHERE event_time < ?)",
                beforeMillis);
        return tx.update("DELETE FROM cloudtrail_event WHERE event_time < ?", beforeMillis);
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
