package dev.stratus.logs;

import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** CloudWatch Logs' tables and every statement that touches them. */
final class LogsRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE logs_group (
              id ${ID},
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              created_at BIGINT NOT NULL,
              retention_days BIGINT,
              kms_key_id TEXT,
              log_group_class TEXT NOT NULL,
              tags TEXT NOT NULL,
              UNIQUE (account, region, name));
            CREATE TABLE logs_stream (
              id ${ID},
              group_id BIGINT NOT NULL,
              name TEXT NOT NULL,
              created_at BIGINT NOT NULL,
              first_event_at BIGINT NOT NULL DEFAULT 0,
              last_event_at BIGINT NOT NULL DEFAULT 0,
              last_ingestion_at BIGINT NOT NULL DEFAULT 0,
              stored_bytes BIGINT NOT NULL DEFAULT 0,
              UNIQUE (group_id, name));
            CREATE TABLE logs_event (
              seq ${ID},
              stream_id BIGINT NOT NULL,
              group_id BIGINT NOT NULL,
              timestamp BIGINT NOT NULL,
              ingestion_time BIGINT NOT NULL,
              message TEXT NOT NULL);
            CREATE INDEX logs_event_stream ON logs_event (stream_id, seq);
            CREATE INDEX logs_event_group ON logs_event (group_id, timestamp, seq);
            """, """
            INSERT INTO resource_tag (arn, tag_key, tag_value)
              SELECT 'arn:aws:logs:' || g.region || ':' || g.account || ':log-group:' || g.name, j.key, COALESCE(j.value, '')
              FROM logs_group g, ${JSON_EACH(g.tags)} j;
            ALTER TABLE logs_group DROP COLUMN tags;
            """);
    private static final String GROUP_COLUMNS = "id, account, region, name, created_at, retention_days, kms_key_id, log_group_class";
    private static final String STREAM_COLUMNS = "id, group_id, name, created_at, first_event_at, last_event_at, last_ingestion_at, stored_bytes";

    // Groups

    StoredLogGroup group(Tx tx, String account, String region, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + GROUP_COLUMNS + " FROM logs_group WHERE account = ? AND region = ? AND name = ?");
        Tx.bind(ps, account, region, name);
        List<StoredLogGroup> l = groups(ps);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The group of that id, or null. */
    StoredLogGroup groupById(Tx tx, long id) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + GROUP_COLUMNS + " FROM logs_group WHERE id = ?");
        ps.setLong(1, id);
        List<StoredLogGroup> l = groups(ps);
        return l.isEmpty() ? null : l.getFirst();
    }

    /** Groups of an account and region whose name starts with {@code prefix}, after {@code after}, by name. */
    List<StoredLogGroup> groups(Tx tx, String account, String region, String after, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + GROUP_COLUMNS + " FROM logs_group WHERE account = ? AND region = ? AND name > ? "
                + "ORDER BY name LIMIT ?");
        Tx.bind(ps, account, region, after, limit);
        return groups(ps);
    }

    long insertGroup(Tx tx, StoredLogGroup g) throws SQLException {
        PreparedStatement ps = tx.sql("INSERT INTO logs_group (account, region, name, created_at, retention_days, kms_key_id, "
                + "log_group_class) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
        Tx.bind(ps, g.account(), g.region(), g.name(), g.createdAt(), g.retentionDays(), g.kmsKeyId(), g.logGroupClass());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void updateGroup(Tx tx, StoredLogGroup g) throws SQLException {
        tx.update("UPDATE logs_group SET retention_days = ? WHERE id = ?", g.retentionDays(), g.id());
    }

    void deleteGroup(Tx tx, long groupId) throws SQLException {
        tx.update("DELETE FROM logs_event WHERE group_id = ?", groupId);
        tx.update("DELETE FROM logs_stream WHERE group_id = ?", groupId);
        tx.update("DELETE FROM logs_group WHERE id = ?", groupId);
    }

    long storedBytes(Tx tx, long groupId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT COALESCE(SUM(stored_bytes), 0) FROM logs_stream WHERE group_id = ?");
        ps.setLong(1, groupId);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<StoredLogGroup> groups(PreparedStatement ps) throws SQLException {
        List<StoredLogGroup> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long days = rs.getLong(6);
                Integer retention = rs.wasNull() ? null : (int) days;
                out.add(new StoredLogGroup(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), retention,
                        rs.getString(7), rs.getString(8)));
            }
        }
        return out;
    }

    // Streams

    StoredLogStream stream(Tx tx, long groupId, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + STREAM_COLUMNS + " FROM logs_stream WHERE group_id = ? AND name = ?");
        Tx.bind(ps, groupId, name);
        List<StoredLogStream> l = streams(ps);
        return l.isEmpty() ? null : l.get(0);
    }

    List<StoredLogStream> streams(Tx tx, long groupId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + STREAM_COLUMNS + " FROM logs_stream WHERE group_id = ?");
        ps.setLong(1, groupId);
        return streams(ps);
    }

    void insertStream(Tx tx, long groupId, String name, long now) throws SQLException {
        tx.update("INSERT INTO logs_stream (group_id, name, created_at) VALUES (?, ?, ?)", groupId, name, now);
    }

    void deleteStream(Tx tx, StoredLogStream s) throws SQLException {
        tx.update("DELETE FROM logs_event WHERE stream_id = ?", s.id());
        tx.update("DELETE FROM logs_stream WHERE id = ?", s.id());
    }

    void recordEvents(Tx tx, StoredLogStream s, long first, long last, long ingestion, long bytes) throws SQLException {
        tx.update("UPDATE logs_stream SET first_event_at = CASE WHEN first_event_at = 0 OR first_event_at > ? THEN ? ELSE first_event_at END, "
                + "last_event_at = CASE WHEN last_event_at < ? THEN ? ELSE last_event_at END, last_ingestion_at = ?, "
                + "stored_bytes = stored_bytes + ? WHERE id = ?", first, first, last, last, ingestion, bytes, s.id());
    }

    private static List<StoredLogStream> streams(PreparedStatement ps) throws SQLException {
        List<StoredLogStream> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredLogStream(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getLong(8)));
            }
        }
        return out;
    }

    // Events

    /** Stores an event; returns its sequence number. */
    long insertEvent(Tx tx, StoredLogStream s, long timestamp, long ingestion, String message) throws SQLException {
        PreparedStatement ps = tx.sql("INSERT INTO logs_event (stream_id, group_id, timestamp, ingestion_time, message) VALUES (?, ?, ?, ?, ?) "
                + "RETURNING seq");
        Tx.bind(ps, s.id(), s.groupId(), timestamp, ingestion, message);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /*
     * Paging tokens name sequence numbers. On the embedded store events commit in seq order; on
     * PostgreSQL a concurrent writer may commit a lower seq after a page was read past it, and a
     * forward token would then skip that event (recorded in docs/coverage.md).
     */

    /** A stream's events in [from, to) with seq after {@code afterSeq}, oldest first. */
    List<LogEvent> forward(Tx tx, StoredLogStream s, long from, long to, long afterSeq, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT seq, stream_id, timestamp, ingestion_time, message FROM logs_event "
                + "WHERE stream_id = ? AND seq > ? AND timestamp >= ? AND timestamp < ? ORDER BY seq LIMIT ?");
        Tx.bind(ps, s.id(), afterSeq, from, to, limit);
        return events(ps, s.name());
    }

    /** A stream's last {@code limit} events in [from, to) with seq before {@code beforeSeq}, newest first. */
    List<LogEvent> backward(Tx tx, StoredLogStream s, long from, long to, long beforeSeq, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT seq, stream_id, timestamp, ingestion_time, message FROM logs_event "
                + "WHERE stream_id = ? AND seq < ? AND timestamp >= ? AND timestamp < ? ORDER BY seq DESC LIMIT ?");
        Tx.bind(ps, s.id(), beforeSeq, from, to, limit);
        return events(ps, s.name());
    }

    /** A group's events in [from, to) after the (timestamp, seq) position, in time order. */
    List<LogEvent> inGroup(Tx tx, long groupId, long from, long to, long afterTimestamp, long afterSeq, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT e.seq, e.stream_id, e.timestamp, e.ingestion_time, e.message, s.name FROM logs_event e "
                + "JOIN logs_stream s ON s.id = e.stream_id WHERE e.group_id = ? AND e.timestamp >= ? AND e.timestamp < ? "
                + "AND (e.timestamp > ? OR (e.timestamp = ? AND e.seq > ?)) ORDER BY e.timestamp, e.seq LIMIT ?");
        Tx.bind(ps, groupId, from, to, afterTimestamp, afterTimestamp, afterSeq, limit);
        List<LogEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new LogEvent(rs.getLong(1), rs.getLong(2), rs.getString(6), rs.getLong(3), rs.getLong(4), rs.getString(5)));
            }
        }
        return out;
    }

    /** One event of a group by its sequence number, or null. */
    LogEvent event(Tx tx, long groupId, long seq) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT e.seq, e.stream_id, e.timestamp, e.ingestion_time, e.message, s.name FROM logs_event e "
                + "JOIN logs_stream s ON s.id = e.stream_id WHERE e.group_id = ? AND e.seq = ?");
        Tx.bind(ps, groupId, seq);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new LogEvent(rs.getLong(1), rs.getLong(2), rs.getString(6), rs.getLong(3), rs.getLong(4), rs.getString(5)) : null;
        }
    }

    /** The stream's newest sequence number, 0 when it has no events. */
    long lastSeq(Tx tx, StoredLogStream s) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT COALESCE(MAX(seq), 0) FROM logs_event WHERE stream_id = ?");
        ps.setLong(1, s.id());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void deleteEventsBefore(Tx tx, long groupId, long timestamp) throws SQLException {
        tx.update("DELETE FROM logs_event WHERE group_id = ? AND timestamp < ?", groupId, timestamp);
    }

    private static List<LogEvent> events(PreparedStatement ps, String streamName) throws SQLException {
        List<LogEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new LogEvent(rs.getLong(1), rs.getLong(2), streamName, rs.getLong(3), rs.getLong(4), rs.getString(5)));
            }
        }
        return out;
    }

    List<StoredLogGroup> allGroups(Tx tx) throws SQLException {
        return groups(tx.sql("SELECT " + GROUP_COLUMNS + " FROM logs_group"));
    }
}
