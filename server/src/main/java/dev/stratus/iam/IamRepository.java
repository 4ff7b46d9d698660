package dev.stratus.iam;

import dev.stratus.platform.Tags;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IAM's tables — roles, and when each account was first served (its root user's CreateDate) — and
 * every statement on them; tags are the platform's ({@link Tags}). IAM is global: nothing is kept
 * per region. Names are unique regardless of case, as in IAM, so each row is keyed by its name in
 * lower case and keeps the name as it was given.
 */
final class IamRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE iam_role (
              account TEXT NOT NULL,
              name_key TEXT NOT NULL,
              name TEXT NOT NULL,
              path TEXT NOT NULL,
              role_id TEXT NOT NULL,
              arn TEXT NOT NULL,
              created BIGINT NOT NULL,
              trust_policy TEXT NOT NULL,
              description TEXT,
              max_session_duration BIGINT NOT NULL,
              permissions_boundary TEXT,
              PRIMARY KEY (account, name_key));
            CREATE TABLE iam_account (
              account TEXT PRIMARY KEY,
              created BIGINT NOT NULL)
            """);

    private static final String ROLE_COLUMNS = "account, name, path, role_id, arn, created, trust_policy, description, max_session_duration, "
            + "permissions_boundary";

    /** A role as stored: {@code trustPolicy} as the client gave it; {@code created} in epoch ms. */
    record StoredRole(String account, String name, String path, String roleId, String arn, long created, String trustPolicy,
                      String description, int maxSessionDuration, String permissionsBoundary) {
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    StoredRole role(Tx tx, String account, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + ROLE_COLUMNS + " FROM iam_role WHERE account = ? AND name_key = ?");
        Tx.bind(ps, account, key(name));
        List<StoredRole> found = roles(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The account's roles whose path starts with {@code pathPrefix}, in no order. */
    List<StoredRole> roles(Tx tx, String account, String pathPrefix) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + ROLE_COLUMNS + " FROM iam_role WHERE account = ? AND substr(path, 1, ?) = ?");
        Tx.bind(ps, account, pathPrefix.length(), pathPrefix);
        return roles(ps);
    }

    private static List<StoredRole> roles(PreparedStatement ps) throws SQLException {
        List<StoredRole> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredRole(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                        rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10)));
            }
        }
        return out;
    }

    void insertRole(Tx tx, StoredRole r) throws SQLException {
        tx.update("INSERT INTO iam_role (name_key, " + ROLE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key(r.name()), r.account(), r.name(), r.path(), r.roleId(), r.arn(), r.created(), r.trustPolicy(), r.description(),
                r.maxSessionDuration(), r.permissionsBoundary());
    }

    void deleteRole(Tx tx, StoredRole r) throws SQLException {
        tx.update("DELETE FROM iam_role WHERE account = ? AND name_key = ?", r.account(), key(r.name()));
        Tags.deleteAll(tx, r.arn());
    }

    /** Records that the account exists from {@code now} on, unless it was seen before. */
    void recordAccount(Tx tx, String account, long now) throws SQLException {
        tx.update("INSERT INTO iam_account (account, created) VALUES (?, ?) ON CONFLICT (account) DO NOTHING", account, now);
    }

    /** When the account was first seen (its root user's CreateDate), or null when it never was. */
    Long accountCreated(Tx tx, String account) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT created FROM iam_account WHERE account = ?");
        ps.setString(1, account);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }
}
