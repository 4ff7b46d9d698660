package dev.stratus.events;

import dev.stratus.events.api.Target;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * EventBridge's tables — buses, their policies, rules and targets — and every statement on them.
 * (Its own outbox table of the first version gave way to the job engine's, its tag table to the
 * platform's {@link Tags}.)
 */
final class EventsRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE events_bus (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              description TEXT,
              created_at BIGINT NOT NULL,
              PRIMARY KEY (account, region, name));
            CREATE TABLE events_rule (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              bus TEXT NOT NULL,
              name TEXT NOT NULL,
              pattern TEXT,
              schedule TEXT,
              state TEXT NOT NULL,
              description TEXT,
              role_arn TEXT,
              PRIMARY KEY (account, region, bus, name));
            CREATE TABLE events_target (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              bus TEXT NOT NULL,
              rule TEXT NOT NULL,
              id TEXT NOT NULL,
              config TEXT NOT NULL,
              PRIMARY KEY (account, region, bus, rule, id));
            CREATE TABLE events_tag (
              arn TEXT NOT NULL,
              tag_key TEXT NOT NULL,
              tag_value TEXT NOT NULL,
              PRIMARY KEY (arn, tag_key));
            CREATE TABLE events_delivery (
              id ${ID},
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              target TEXT NOT NULL,
              payload TEXT NOT NULL,
              first_at BIGINT NOT NULL,
              attempts BIGINT NOT NULL DEFAULT 0,
              running BIGINT NOT NULL DEFAULT 0)
            """, """
            DROP TABLE events_delivery
            """, """
            CREATE TABLE events_policy (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              bus TEXT NOT NULL,
              policy TEXT NOT NULL,
              PRIMARY KEY (account, region, bus))
            """, """
            INSERT INTO resource_tag (arn, tag_key, tag_value) SELECT arn, tag_key, tag_value FROM events_tag;
            DROP TABLE events_tag;
            """);

    record Bus(String account, String region, String name, String description, long createdAt) {
        String arn() {
            return Arn.of("events", region, account, "event-bus/" + name).toString();
        }
    }

    record Rule(String account, String region, String bus, String name, String pattern, String schedule, String state, String description,
                String roleArn) {
        String arn() {
            return Arn.of("events", region, account, "rule/" + (bus.equals(EventsService.DEFAULT_BUS) ? "" : bus + "/") + name).toString();
        }
    }

    Bus bus(Tx tx, String account, String region, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT description, created_at FROM events_bus WHERE account = ? AND region = ? AND name = ?");
        Tx.bind(ps, account, region, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Bus(account, region, name, rs.getString(1), rs.getLong(2)) : null;
        }
    }

    List<Bus> buses(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT name, description, created_at FROM events_bus WHERE account = ? AND region = ? ORDER BY name");
        Tx.bind(ps, account, region);
        List<Bus> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Bus(account, region, rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    void putBus(Tx tx, Bus b) throws SQLException {
        tx.update("INSERT INTO events_bus (account, region, name, description, created_at) VALUES (?, ?, ?, ?, ?)",
                b.account(), b.region(), b.name(), b.description(), b.createdAt());
    }

    void deleteBus(Tx tx, Bus b) throws SQLException {
        tx.update("DELETE FROM events_target WHERE account = ? AND region = ? AND bus = ?", b.account(), b.region(), b.name());
        tx.update("DELETE FROM events_rule WHERE account = ? AND region = ? AND bus = ?", b.account(), b.region(), b.name());
        tx.update("DELETE FROM events_bus WHERE account = ? AND region = ? AND name = ?", b.account(), b.region(), b.name());
        Tags.deleteAll(tx, b.arn());
        deletePolicy(tx, b);
    }

    /** A bus's resource policy, as the document DescribeEventBus answers; null when it has none. Kept by name, so the default bus has one too. */
    String policy(Tx tx, Bus b) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT policy FROM events_policy WHERE account = ? AND region = ? AND bus = ?");
        Tx.bind(ps, b.account(), b.region(), b.name());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void putPolicy(Tx tx, Bus b, String policy) throws SQLException {
        tx.update("INSERT INTO events_policy (account, region, bus, policy) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (account, region, bus) DO UPDATE SET policy = excluded.policy", b.account(), b.region(), b.name(), policy);
    }

    void deletePolicy(Tx tx, Bus b) throws SQLException {
        tx.update("DELETE FROM events_policy WHERE account = ? AND region = ? AND bus = ?", b.account(), b.region(), b.name());
    }

    private static final String RULE_COLUMNS = "account, region, bus, name, pattern, schedule, state, description, role_arn";

    Rule rule(Tx tx, String account, String region, String bus, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + RULE_COLUMNS + " FROM events_rule WHERE account = ? AND region = ? AND bus = ? AND name = ?");
        Tx.bind(ps, account, region, bus, name);
        List<Rule> l = rules(ps);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The rules of a bus, by name. */
    List<Rule> rules(Tx tx, String account, String region, String bus) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + RULE_COLUMNS + " FROM events_rule WHERE account = ? AND region = ? AND bus = ? ORDER BY name");
        Tx.bind(ps, account, region, bus);
        return rules(ps);
    }

    private static List<Rule> rules(PreparedStatement ps) throws SQLException {
        List<Rule> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Rule(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }
        return out;
    }

    void putRule(Tx tx, Rule r) throws SQLException {
        tx.update("INSERT INTO events_rule (" + RULE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (account, region, bus, name) DO UPDATE SET pattern = excluded.pattern, schedule = excluded.schedule, "
                        + "state = excluded.state, description = excluded.description, role_arn = excluded.role_arn",
                r.account(), r.region(), r.bus(), r.name(), r.pattern(), r.schedule(), r.state(), r.description(), r.roleArn());
    }

    void deleteRule(Tx tx, Rule r) throws SQLException {
        tx.update("DELETE FROM events_rule WHERE account = ? AND region = ? AND bus = ? AND name = ?", r.account(), r.region(), r.bus(), r.name());
        Tags.deleteAll(tx, r.arn());
    }

    List<Target> targets(Tx tx, Rule r) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config FROM events_target WHERE account = ? AND region = ? AND bus = ? AND rule = ? ORDER BY id");
        Tx.bind(ps, r.account(), r.region(), r.bus(), r.name());
        List<Target> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Json.parse(rs.getString(1), Target.class));
            }
        }
        return out;
    }

    void putTarget(Tx tx, Rule r, Target t) throws SQLException {
        tx.update("INSERT INTO events_target (account, region, bus, rule, id, config) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (account, region, bus, rule, id) DO UPDATE SET config = excluded.config",
                r.account(), r.region(), r.bus(), r.name(), t.id(), Json.string(t));
    }

    void deleteTarget(Tx tx, Rule r, String id) throws SQLException {
        tx.update("DELETE FROM events_target WHERE account = ? AND region = ? AND bus = ? AND rule = ? AND id = ?",
                r.account(), r.region(), r.bus(), r.name(), id);
    }
}
