package dev.stratus.cloudwatch;

import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The alarm tables and every statement on them: each alarm is a JSON document keyed by account,
 * region and name, with its type and whether it is evaluated every 10 seconds beside it; its history
 * items are rows of their own, kept after the alarm is deleted, for two weeks, as AWS keeps them.
 */
final class AlarmRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE cw_alarm (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              type TEXT NOT NULL,
              high_res INTEGER NOT NULL,
              doc TEXT NOT NULL,
              PRIMARY KEY (account, region, name));
            CREATE INDEX cw_alarm_high_res ON cw_alarm (high_res);
            CREATE TABLE cw_alarm_history (
              id ${ID},
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              type TEXT NOT NULL,
              at BIGINT NOT NULL,
              item_type TEXT NOT NULL,
              summary TEXT NOT NULL,
              data TEXT NOT NULL);
            CREATE INDEX cw_alarm_history_alarm ON cw_alarm_history (account, region, name, at);
            """, """
            CREATE INDEX cw_alarm_history_at ON cw_alarm_history (at);
            """);
    /** How long history items are kept: AWS's alarm history covers two weeks. */
    static final long HISTORY_KEPT_MILLIS = 14L * 24 * 3_600_000;

    /** One history item as stored. */
    record HistoryItem(long id, String name, String type, long at, String itemType, String summary, String data) {
    }

    void put(Tx tx, Alarm a) throws SQLException {
        tx.update("INSERT INTO cw_alarm (account, region, name, type, high_res, doc) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (account, region, name) DO UPDATE SET type = excluded.type, high_res = excluded.high_res, doc = excluded.doc",
                a.account, a.region, a.name, a.type, a.highResolution() ? 1 : 0, Json.string(a));
    }

    Alarm get(Tx tx, String account, String region, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT doc FROM cw_alarm WHERE account = ? AND region = ? AND name = ?");
        Tx.bind(ps, account, region, name);
        List<Alarm> found = alarms(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The alarms of an account's region, by name. */
    List<Alarm> list(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT doc FROM cw_alarm WHERE account = ? AND region = ? ORDER BY name");
        Tx.bind(ps, account, region);
        return alarms(ps);
    }

    /** Every metric alarm evaluated every 10 seconds ({@code highResolution}) or every minute, in every account and region. */
    List<Alarm> evaluatedEvery(Tx tx, boolean highResolution) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT doc FROM cw_alarm WHERE high_res = ? AND type = ? ORDER BY account, region, name");
        Tx.bind(ps, highResolution ? 1 : 0, Alarm.METRIC);
        return alarms(ps);
    }

    boolean delete(Tx tx, String account, String region, String name) throws SQLException {
        return tx.update("DELETE FROM cw_alarm WHERE account = ? AND region = ? AND name = ?", account, region, name) > 0;
    }

    void addHistory(Tx tx, Alarm a, long at, String itemType, String summary, String data) throws SQLException {
        tx.update("INSERT INTO cw_alarm_history (account, region, name, type, at, item_type, summary, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                a.account, a.region, a.name, a.type, at, itemType, summary, data);
    }

    /** Forgets the history items older than {@code cutoff}. */
    void forgetHistoryBefore(Tx tx, long cutoff) throws SQLException {
        tx.update("DELETE FROM cw_alarm_history WHERE at < ?", cutoff);
    }

    /** The history of an account's region (of one alarm when {@code name} is given), oldest first. */
    List<HistoryItem> history(Tx tx, String account, String region, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT id, name, type, at, item_type, summary, data FROM cw_alarm_history WHERE account = ? AND region = ?"
                + (name == null ? "" : " AND name = ?") + " ORDER BY at, id");
        if (name == null) {
            Tx.bind(ps, account, region);
        } else {
            Tx.bind(ps, account, region, name);
        }
        List<HistoryItem> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new HistoryItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getString(7)));
            }
        }
        return out;
    }

    private static List<Alarm> alarms(PreparedStatement ps) throws SQLException {
        List<Alarm> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Json.parse(rs.getString(1), Alarm.class));
            }
        }
        return out;
    }
}
