package dev.stratus.logs;

import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The metric and subscription filters of log groups: one table, one row a filter. */
final class FilterRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE logs_filter (
              group_id BIGINT NOT NULL,
              kind TEXT NOT NULL,
              name TEXT NOT NULL,
              pattern TEXT NOT NULL,
              settings TEXT NOT NULL,
              created_at BIGINT NOT NULL,
              PRIMARY KEY (group_id, kind, name));
            """);
    private static final String COLUMNS = "f.group_id, g.name, f.kind, f.name, f.pattern, f.settings, f.created_at";

    /** A group's filters of {@code kind}, by name. */
    List<StoredFilter> ofGroup(Tx tx, long groupId, String kind) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM logs_filter f JOIN logs_group g ON g.id = f.group_id "
                + "WHERE f.group_id = ? AND f.kind = ? ORDER BY f.name");
        Tx.bind(ps, groupId, kind);
        return filters(ps);
    }

    /** Every filter of a group, of both kinds. */
    List<StoredFilter> allOfGroup(Tx tx, long groupId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM logs_filter f JOIN logs_group g ON g.id = f.group_id WHERE f.group_id = ?");
        Tx.bind(ps, groupId);
        return filters(ps);
    }

    /** The filters of {@code kind} of an account's groups in a region, by group name then filter name. */
    List<StoredFilter> inRegion(Tx tx, String account, String region, String kind) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM logs_filter f JOIN logs_group g ON g.id = f.group_id "
                + "WHERE g.account = ? AND g.region = ? AND f.kind = ? ORDER BY g.name, f.name");
        Tx.bind(ps, account, region, kind);
        return filters(ps);
    }

    /** Creates the filter, or replaces the one of that name. */
    void put(Tx tx, StoredFilter f) throws SQLException {
        delete(tx, f.groupId(), f.kind(), f.name());
        tx.update("INSERT INTO logs_filter (group_id, kind, name, pattern, settings, created_at) VALUES (?, ?, ?, ?, ?, ?)", f.groupId(),
                f.kind(), f.name(), f.pattern(), f.settings(), f.createdAt());
    }

    boolean delete(Tx tx, long groupId, String kind, String name) throws SQLException {
        return tx.update("DELETE FROM logs_filter WHERE group_id = ? AND kind = ? AND name = ?", groupId, kind, name) > 0;
    }

    void deleteGroup(Tx tx, long groupId) throws SQLException {
        tx.update("DELETE FROM logs_filter WHERE group_id = ?", groupId);
    }

    private static List<StoredFilter> filters(PreparedStatement ps) throws SQLException {
        List<StoredFilter> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredFilter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getLong(7)));
            }
        }
        return out;
    }
}
