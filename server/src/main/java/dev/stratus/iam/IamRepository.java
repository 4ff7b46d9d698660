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
 * IAM's principals and what holds them — roles, users, groups and who is in them, instance
 * profiles, the account (its root user's CreateDate and its alias), service-linked role deletion
 * tasks — and every statement on them; policies are {@link PolicyRepository}'s, tags the
 * platform's ({@link Tags}). IAM is global: nothing is kept per region. Names are unique
 * regardless of case, as in IAM, so each row is keyed by its name in lower case and keeps the name
 * as it was given. Rows that point at a principal name it by its unique id, which a rename keeps.
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
            """, """
            CREATE TABLE iam_user (
              account TEXT NOT NULL,
              name_key TEXT NOT NULL,
              name TEXT NOT NULL,
              path TEXT NOT NULL,
              user_id TEXT NOT NULL,
              arn TEXT NOT NULL,
              created BIGINT NOT NULL,
              permissions_boundary TEXT,
              PRIMARY KEY (account, name_key));
            CREATE TABLE iam_group (
              account TEXT NOT NULL,
              name_key TEXT NOT NULL,
              name TEXT NOT NULL,
              path TEXT NOT NULL,
              group_id TEXT NOT NULL,
              arn TEXT NOT NULL,
              created BIGINT NOT NULL,
              PRIMARY KEY (account, name_key));
            CREATE TABLE iam_group_member (
              group_id TEXT NOT NULL,
              user_id TEXT NOT NULL,
              PRIMARY KEY (group_id, user_id));
            CREATE INDEX iam_group_member_user ON iam_group_member (user_id);
            CREATE TABLE iam_instance_profile (
              account TEXT NOT NULL,
              name_key TEXT NOT NULL,
              name TEXT NOT NULL,
              path TEXT NOT NULL,
              profile_id TEXT NOT NULL,
              arn TEXT NOT NULL,
              created BIGINT NOT NULL,
              role_id TEXT,
              PRIMARY KEY (account, name_key));
            CREATE TABLE iam_account_alias (
              account TEXT PRIMARY KEY,
              alias TEXT NOT NULL UNIQUE);
            CREATE TABLE iam_deletion_task (
              task_id TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              status TEXT NOT NULL)
            """);

    private static final String ROLE_COLUMNS = "account, name, path, role_id, arn, created, trust_policy, description, max_session_duration, "
            + "permissions_boundary";
    private static final String USER_COLUMNS = "account, name, path, user_id, arn, created, permissions_boundary";
    private static final String GROUP_COLUMNS = "account, name, path, group_id, arn, created";
    private static final String PROFILE_COLUMNS = "account, name, path, profile_id, arn, created, role_id";

    /** A role as stored: {@code trustPolicy} as the client gave it; {@code created} in epoch ms. */
    record StoredRole(String account, String name, String path, String roleId, String arn, long created, String trustPolicy,
                      String description, int maxSessionDuration, String permissionsBoundary) {
    }

    /** A user as stored; {@code created} in epoch ms. */
    record StoredUser(String account, String name, String path, String userId, String arn, long created, String permissionsBoundary) {
    }

    record StoredGroup(String account, String name, String path, String groupId, String arn, long created) {
    }

    /** An instance profile and the id of its one role, if it has one. */
    record StoredProfile(String account, String name, String path, String profileId, String arn, long created, String roleId) {
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    // Roles

    StoredRole role(Tx tx, String account, String name) throws SQLException {
        return first(rolesWhere(tx, "WHERE account = ? AND name_key = ?", account, key(name)));
    }

    StoredRole roleById(Tx tx, String roleId) throws SQLException {
        return first(rolesWhere(tx, "WHERE role_id = ?", roleId));
    }

    /** The account's roles whose path starts with {@code pathPrefix}, in no order. */
    List<StoredRole> roles(Tx tx, String account, String pathPrefix) throws SQLException {
        return rolesWhere(tx, "WHERE account = ? AND substr(path, 1, ?) = ?", account, pathPrefix.length(), pathPrefix);
    }

    private static List<StoredRole> rolesWhere(Tx tx, String where, Object... params) throws SQLException {
        return select(tx, "SELECT " + ROLE_COLUMNS + " FROM iam_role " + where, rs -> new StoredRole(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                rs.getString(10)), params);
    }

    void insertRole(Tx tx, StoredRole r) throws SQLException {
        tx.update("INSERT INTO iam_role (name_key, " + ROLE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key(r.name()), r.account(), r.name(), r.path(), r.roleId(), r.arn(), r.created(), r.trustPolicy(), r.description(),
                r.maxSessionDuration(), r.permissionsBoundary());
    }

    /** Writes what may change of a role: its trust policy, description, longest session and boundary. */
    void updateRole(Tx tx, StoredRole r) throws SQLException {
        tx.update("UPDATE iam_role SET trust_policy = ?, description = ?, max_session_duration = ?, permissions_boundary = ? "
                + "WHERE account = ? AND name_key = ?", r.trustPolicy(), r.description(), r.maxSessionDuration(), r.permissionsBoundary(),
                r.account(), key(r.name()));
    }

    void deleteRole(Tx tx, StoredRole r) throws SQLException {
        tx.update("DELETE FROM iam_role WHERE account = ? AND name_key = ?", r.account(), key(r.name()));
        Tags.deleteAll(tx, r.arn());
    }

    // Users

    StoredUser user(Tx tx, String account, String name) throws SQLException {
        return first(usersWhere(tx, "WHERE account = ? AND name_key = ?", account, key(name)));
    }

    StoredUser userById(Tx tx, String userId) throws SQLException {
        return first(usersWhere(tx, "WHERE user_id = ?", userId));
    }

    List<StoredUser> users(Tx tx, String account, String pathPrefix) throws SQLException {
        return usersWhere(tx, "WHERE account = ? AND substr(path, 1, ?) = ?", account, pathPrefix.length(), pathPrefix);
    }

    /** The members of a group. */
    List<StoredUser> members(Tx tx, String groupId) throws SQLException {
        return usersWhere(tx, "WHERE user_id IN (SELECT user_id FROM iam_group_member WHERE group_id = ?)", groupId);
    }

    private static List<StoredUser> usersWhere(Tx tx, String where, Object... params) throws SQLException {
        return select(tx, "SELECT " + USER_COLUMNS + " FROM iam_user " + where, rs -> new StoredUser(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7)), params);
    }

    void insertUser(Tx tx, StoredUser u) throws SQLException {
        tx.update("INSERT INTO iam_user (name_key, " + USER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", key(u.name()), u.account(),
                u.name(), u.path(), u.userId(), u.arn(), u.created(), u.permissionsBoundary());
    }

    /** Writes a user's name, path, ARN and boundary, found by its unique id. */
    void updateUser(Tx tx, StoredUser u) throws SQLException {
        tx.update("UPDATE iam_user SET name_key = ?, name = ?, path = ?, arn = ?, permissions_boundary = ? WHERE user_id = ?",
                key(u.name()), u.name(), u.path(), u.arn(), u.permissionsBoundary(), u.userId());
    }

    void deleteUser(Tx tx, StoredUser u) throws SQLException {
        tx.update("DELETE FROM iam_user WHERE user_id = ?", u.userId());
        Tags.deleteAll(tx, u.arn());
    }

    // Groups

    StoredGroup group(Tx tx, String account, String name) throws SQLException {
        return first(groupsWhere(tx, "WHERE account = ? AND name_key = ?", account, key(name)));
    }

    StoredGroup groupById(Tx tx, String groupId) throws SQLException {
        return first(groupsWhere(tx, "WHERE group_id = ?", groupId));
    }

    List<StoredGroup> groups(Tx tx, String account, String pathPrefix) throws SQLException {
        return groupsWhere(tx, "WHERE account = ? AND substr(path, 1, ?) = ?", account, pathPrefix.length(), pathPrefix);
    }

    /** The groups a user is in. */
    List<StoredGroup> groupsOf(Tx tx, String userId) throws SQLException {
        return groupsWhere(tx, "WHERE group_id IN (SELECT group_id FROM iam_group_member WHERE user_id = ?)", userId);
    }

    private static List<StoredGroup> groupsWhere(Tx tx, String where, Object... params) throws SQLException {
        return select(tx, "SELECT " + GROUP_COLUMNS + " FROM iam_group " + where, rs -> new StoredGroup(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)), params);
    }

    void insertGroup(Tx tx, StoredGroup g) throws SQLException {
        tx.update("INSERT INTO iam_group (name_key, " + GROUP_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", key(g.name()), g.account(),
                g.name(), g.path(), g.groupId(), g.arn(), g.created());
    }

    void updateGroup(Tx tx, StoredGroup g) throws SQLException {
        tx.update("UPDATE iam_group SET name_key = ?, name = ?, path = ?, arn = ? WHERE group_id = ?", key(g.name()), g.name(), g.path(),
                g.arn(), g.groupId());
    }

    void deleteGroup(Tx tx, StoredGroup g) throws SQLException {
        tx.update("DELETE FROM iam_group WHERE group_id = ?", g.groupId());
    }

    /** Adds a user to a group; false when it was in it already. */
    boolean addMember(Tx tx, String groupId, String userId) throws SQLException {
        return tx.update("INSERT INTO iam_group_member (group_id, user_id) VALUES (?, ?) ON CONFLICT (group_id, user_id) DO NOTHING",
                groupId, userId) > 0;
    }

    /** Removes a user from a group; false when it was not in it. */
    boolean removeMember(Tx tx, String groupId, String userId) throws SQLException {
        return tx.update("DELETE FROM iam_group_member WHERE group_id = ? AND user_id = ?", groupId, userId) > 0;
    }

    // Instance profiles

    StoredProfile profile(Tx tx, String account, String name) throws SQLException {
        return first(profilesWhere(tx, "WHERE account = ? AND name_key = ?", account, key(name)));
    }

    List<StoredProfile> profiles(Tx tx, String account, String pathPrefix) throws SQLException {
        return profilesWhere(tx, "WHERE account = ? AND substr(path, 1, ?) = ?", account, pathPrefix.length(), pathPrefix);
    }

    List<StoredProfile> profilesOf(Tx tx, String roleId) throws SQLException {
        return profilesWhere(tx, "WHERE role_id = ?", roleId);
    }

    private static List<StoredProfile> profilesWhere(Tx tx, String where, Object... params) throws SQLException {
        return select(tx, "SELECT " + PROFILE_COLUMNS + " FROM iam_instance_profile " + where, rs -> new StoredProfile(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7)), params);
    }

    void insertProfile(Tx tx, StoredProfile p) throws SQLException {
        tx.update("INSERT INTO iam_instance_profile (name_key, " + PROFILE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", key(p.name()),
                p.account(), p.name(), p.path(), p.profileId(), p.arn(), p.created(), p.roleId());
    }

    void setProfileRole(Tx tx, StoredProfile p, String roleId) throws SQLException {
        tx.update("UPDATE iam_instance_profile SET role_id = ? WHERE profile_id = ?", roleId, p.profileId());
    }

    void deleteProfile(Tx tx, StoredProfile p) throws SQLException {
        tx.update("DELETE FROM iam_instance_profile WHERE profile_id = ?", p.profileId());
        Tags.deleteAll(tx, p.arn());
    }

    // The account

    /** Records that the account exists from {@code now} on, unless it was seen before. */
    void recordAccount(Tx tx, String account, long now) throws SQLException {
        tx.update("INSERT INTO iam_account (account, created) VALUES (?, ?) ON CONFLICT (account) DO NOTHING", account, now);
    }

    /** When the account was first seen (its root user's CreateDate), or null when it never was. */
    Long accountCreated(Tx tx, String account) throws SQLException {
        List<Long> found = select(tx, "SELECT created FROM iam_account WHERE account = ?", rs -> rs.getLong(1), account);
        return first(found);
    }

    /** The account's alias, or null. */
    String alias(Tx tx, String account) throws SQLException {
        return first(select(tx, "SELECT alias FROM iam_account_alias WHERE account = ?", rs -> rs.getString(1), account));
    }

    /** The account that has this alias, or null. */
    String aliasOwner(Tx tx, String alias) throws SQLException {
        return first(select(tx, "SELECT account FROM iam_account_alias WHERE alias = ?", rs -> rs.getString(1), alias));
    }

    /** Gives the account this alias, in place of the one it had: an account has at most one. */
    void setAlias(Tx tx, String account, String alias) throws SQLException {
        tx.update("DELETE FROM iam_account_alias WHERE account = ?", account);
        tx.update("INSERT INTO iam_account_alias (account, alias) VALUES (?, ?)", account, alias);
    }

    boolean deleteAlias(Tx tx, String account, String alias) throws SQLException {
        return tx.update("DELETE FROM iam_account_alias WHERE account = ? AND alias = ?", account, alias) > 0;
    }

    void recordDeletionTask(Tx tx, String account, String taskId, String status) throws SQLException {
        tx.update("INSERT INTO iam_deletion_task (task_id, account, status) VALUES (?, ?, ?)", taskId, account, status);
    }

    String deletionTaskStatus(Tx tx, String account, String taskId) throws SQLException {
        return first(select(tx, "SELECT status FROM iam_deletion_task WHERE task_id = ? AND account = ?", rs -> rs.getString(1), taskId,
                account));
    }

    /** How many rows of {@code table} the account has (GetAccountSummary). */
    int count(Tx tx, String table, String account) throws SQLException {
        return select(tx, "SELECT COUNT(*) FROM " + table + " WHERE account = ?", rs -> rs.getInt(1), account).getFirst();
    }

    // Mapping

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> List<T> select(Tx tx, String sql, Row<T> row, Object... params) throws SQLException {
        PreparedStatement ps = tx.sql(sql);
        Tx.bind(ps, params);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row.read(rs));
            }
        }
        return out;
    }

    static <T> T first(List<T> found) {
        return found.isEmpty() ? null : found.getFirst();
    }
}
