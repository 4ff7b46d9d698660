package dev.stratus.autoscaling;

import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Auto Scaling's one table and every statement on it. Each item is a JSON document of one
 * {@link Kind} (a group, a launch configuration, a group's instance, an activity, …), keyed by the
 * account, region, group and its own name; {@code sort_key} orders activities newest first. Items
 * are found by their group, or by their name alone (an instance id, an activity id, a token).
 */
final class AutoScalingRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE autoscaling_item (
              kind TEXT NOT NULL,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              grp TEXT NOT NULL,
              name TEXT NOT NULL,
              sort_key BIGINT NOT NULL,
              doc TEXT NOT NULL,
              PRIMARY KEY (kind, account, region, grp, name));
            CREATE INDEX autoscaling_item_name ON autoscaling_item (kind, name);
            """);

    /** What an item is; launch configurations belong to no group (their group is the empty string). */
    enum Kind { GROUP, LAUNCH_CONFIGURATION, INSTANCE, ACTIVITY, NOTIFICATION, HOOK, LIFECYCLE_ACTION, POLICY, SCHEDULED_ACTION }

    void put(Tx tx, Kind kind, String account, String region, String group, String name, long sortKey, Object doc) throws SQLException {
        tx.update("INSERT INTO autoscaling_item (kind, account, region, grp, name, sort_key, doc) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (kind, account, region, grp, name) DO UPDATE SET sort_key = excluded.sort_key, doc = excluded.doc",
                kind.name(), account, region, group, name, sortKey, Json.string(doc));
    }

    <T> T get(Tx tx, Kind kind, String account, String region, String group, String name, Class<T> type) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT doc FROM autoscaling_item WHERE kind = ? AND account = ? AND region = ? AND grp = ? AND name = ?");
        Tx.bind(ps, kind.name(), account, region, group, name);
        List<T> found = docs(ps, type);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The item of this kind named {@code name} in any group (instance ids, activity ids and tokens are unique). */
    <T> T named(Tx tx, Kind kind, String name, Class<T> type) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT doc FROM autoscaling_item WHERE kind = ? AND name = ?");
        Tx.bind(ps, kind.name(), name);
        List<T> found = docs(ps, type);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The items of a group ({@code group} null: of every group), by name; activities newest first. */
    <T> List<T> list(Tx tx, Kind kind, String account, String region, String group, Class<T> type) throws SQLException {
        String order = kind == Kind.ACTIVITY ? " ORDER BY sort_key DESC, name" : " ORDER BY grp, name";
        PreparedStatement ps;
        if (group == null) {
            ps = tx.sql("SELECT doc FROM autoscaling_item WHERE kind = ? AND account = ? AND region = ?" + order);
            Tx.bind(ps, kind.name(), account, region);
        } else {
            ps = tx.sql("SELECT doc FROM autoscaling_item WHERE kind = ? AND account = ? AND region = ? AND grp = ?" + order);
            Tx.bind(ps, kind.name(), account, region, group);
        }
        return docs(ps, type);
    }

    /** Every item of this kind, of every account and region. */
    <T> List<T> everywhere(Tx tx, Kind kind, Class<T> type) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT doc FROM autoscaling_item WHERE kind = ?");
        Tx.bind(ps, kind.name());
        return docs(ps, type);
    }

    int count(Tx tx, Kind kind, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT COUNT(*) FROM autoscaling_item WHERE kind = ? AND account = ? AND region = ?");
        Tx.bind(ps, kind.name(), account, region);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    void delete(Tx tx, Kind kind, String account, String region, String group, String name) throws SQLException {
        tx.update("DELETE FROM autoscaling_item WHERE kind = ? AND account = ? AND region = ? AND grp = ? AND name = ?",
                kind.name(), account, region, group, name);
    }

    /** Removes every item of these kinds that belongs to the group. */
    void deleteOfGroup(Tx tx, String account, String region, String group, Kind... kinds) throws SQLException {
        for (Kind k : kinds) {
            tx.update("DELETE FROM autoscaling_item WHERE kind = ? AND account = ? AND region = ? AND grp = ?", k.name(), account, region, group);
        }
    }

    private static <T> List<T> docs(PreparedStatement ps, Class<T> type) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Json.parse(rs.getString(1), type));
            }
        }
        return out;
    }
}
