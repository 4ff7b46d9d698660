package dev.stratus.scheduler;

import dev.stratus.protocol.Json;
import dev.stratus.scheduler.api.FlexibleTimeWindow;
import dev.stratus.scheduler.api.Target;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Schedule groups and schedules: a row each, a schedule's settings kept whole as JSON. */
final class SchedulerRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE sch_group (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              state TEXT NOT NULL,
              created BIGINT NOT NULL,
              modified BIGINT NOT NULL,
              client_token TEXT,
              PRIMARY KEY (account, region, name));
            CREATE TABLE sch_schedule (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              group_name TEXT NOT NULL,
              name TEXT NOT NULL,
              body TEXT NOT NULL,
              PRIMARY KEY (account, region, group_name, name));
            """);

    /** A schedule group; {@code state} is ACTIVE, or DELETING until its deletion completes. */
    record Group(String account, String region, String name, String state, long created, long modified, String clientToken) {
        String arn() {
            return SchedulerArns.group(region, account, name);
        }
    }

    /** A schedule as its operations set it, and the client token that created it. */
    record Schedule(String account, String region, String group, String name, String state, String description, String expression,
                    String timezone, Long startDate, Long endDate, FlexibleTimeWindow flexibleTimeWindow, Target target,
                    String actionAfterCompletion, String kmsKeyArn, long created, long modified, String clientToken) {
        String arn() {
            return SchedulerArns.schedule(region, account, group, name);
        }

        boolean enabled() {
            return !"DISABLED".equals(state);
        }
    }

    Group group(Tx tx, String account, String region, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT state, created, modified, client_token FROM sch_group WHERE account = ? AND region = ? AND name = ?");
        Tx.bind(ps, account, region, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Group(account, region, name, rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)) : null;
        }
    }

    List<Group> groups(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT name, state, created, modified, client_token FROM sch_group WHERE account = ? AND region = ?");
        Tx.bind(ps, account, region);
        List<Group> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Group(account, region, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
            }
        }
        return out;
    }

    void insert(Tx tx, Group g) throws SQLException {
        tx.update("INSERT INTO sch_group (account, region, name, state, created, modified, client_token) VALUES (?, ?, ?, ?, ?, ?, ?)",
                g.account(), g.region(), g.name(), g.state(), g.created(), g.modified(), g.clientToken());
    }

    void setState(Tx tx, Group g, String state, long now) throws SQLException {
        tx.update("UPDATE sch_group SET state = ?, modified = ? WHERE account = ? AND region = ? AND name = ?", state, now, g.account(), g.region(),
                g.name());
    }

    void delete(Tx tx, Group g) throws SQLException {
        tx.update("DELETE FROM sch_group WHERE account = ? AND region = ? AND name = ?", g.account(), g.region(), g.name());
    }

    Schedule schedule(Tx tx, String account, String region, String group, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT body FROM sch_schedule WHERE account = ? AND region = ? AND group_name = ? AND name = ?");
        Tx.bind(ps, account, region, group, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Json.parse(rs.getString(1), Schedule.class) : null;
        }
    }

    /** The schedules of one group, or of every group when {@code group} is null. */
    List<Schedule> schedules(Tx tx, String account, String region, String group) throws SQLException {
        // Two statements rather than "? IS NULL OR …": PostgreSQL cannot type a null parameter that only IS NULL tests.
        PreparedStatement ps;
        if (group == null) {
            ps = tx.sql("SELECT body FROM sch_schedule WHERE account = ? AND region = ?");
            Tx.bind(ps, account, region);
        } else {
            ps = tx.sql("SELECT body FROM sch_schedule WHERE account = ? AND region = ? AND group_name = ?");
            Tx.bind(ps, account, region, group);
        }
        List<Schedule> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Json.parse(rs.getString(1), Schedule.class));
            }
        }
        return out;
    }

    void put(Tx tx, Schedule s) throws SQLException {
        tx.update("DELETE FROM sch_schedule WHERE account = ? AND region = ? AND group_name = ? AND name = ?", s.account(), s.region(), s.group(),
                s.name());
        tx.update("INSERT INTO sch_schedule (account, region, group_name, name, body) VALUES (?, ?, ?, ?, ?)", s.account(), s.region(), s.group(),
                s.name(), Json.string(s));
    }

    void delete(Tx tx, Schedule s) throws SQLException {
        tx.update("DELETE FROM sch_schedule WHERE account = ? AND region = ? AND group_name = ? AND name = ?", s.account(), s.region(), s.group(),
                s.name());
    }
}
