package dev.stratus.iam;

import static dev.stratus.iam.IamRepository.first;
import static dev.stratus.iam.IamRepository.key;
import static dev.stratus.iam.IamRepository.select;

import dev.stratus.platform.Tags;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;

/**
 * IAM's policies: customer managed policies and their versions, which policies are attached to
 * which principal, and the principals' inline policies. A principal is named by its kind
 * ({@code user}, {@code group}, {@code role}) and unique id. AWS managed policies are not rows
 * here ({@link AwsManagedPolicies}), but attachments to them are.
 */
final class PolicyRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE iam_policy (
              account TEXT NOT NULL,
              name_key TEXT NOT NULL,
              name TEXT NOT NULL,
              path TEXT NOT NULL,
              policy_id TEXT NOT NULL,
              arn TEXT NOT NULL UNIQUE,
              description TEXT,
              default_version TEXT NOT NULL,
              next_version BIGINT NOT NULL,
              created BIGINT NOT NULL,
              updated BIGINT NOT NULL,
              PRIMARY KEY (account, name_key));
            CREATE TABLE iam_policy_version (
              policy_arn TEXT NOT NULL,
              version_id TEXT NOT NULL,
              document TEXT NOT NULL,
              created BIGINT NOT NULL,
              PRIMARY KEY (policy_arn, version_id));
            CREATE TABLE iam_attachment (
              account TEXT NOT NULL,
              kind TEXT NOT NULL,
              entity_id TEXT NOT NULL,
              policy_arn TEXT NOT NULL,
              PRIMARY KEY (entity_id, policy_arn));
            CREATE INDEX iam_attachment_policy ON iam_attachment (policy_arn);
            CREATE TABLE iam_inline_policy (
              kind TEXT NOT NULL,
              entity_id TEXT NOT NULL,
              name TEXT NOT NULL,
              document TEXT NOT NULL,
              PRIMARY KEY (entity_id, name))
            """);

    private static final String POLICY_COLUMNS = "account, name, path, policy_id, arn, description, default_version, next_version, created, updated";

    /** A managed policy: {@code nextVersion} is the number its next version takes (v1, v2 … never reused). Times in epoch ms. */
    record StoredPolicy(String account, String name, String path, String policyId, String arn, String description, String defaultVersion,
                        int nextVersion, long created, long updated) {
    }

    record StoredVersion(String policyArn, String versionId, String document, long created) {
    }

    /** A principal's inline policy. */
    record InlinePolicy(String name, String document) {
    }

    /** Who a policy is attached to: the principal's kind and unique id. */
    record Attachment(String kind, String entityId) {
    }

    // Managed policies

    StoredPolicy policy(Tx tx, String arn) throws SQLException {
        return first(policies(tx, "WHERE arn = ?", arn));
    }

    StoredPolicy policyNamed(Tx tx, String account, String name) throws SQLException {
        return first(policies(tx, "WHERE account = ? AND name_key = ?", account, key(name)));
    }

    List<StoredPolicy> policies(Tx tx, String account) throws SQLException {
        return policies(tx, "WHERE account = ?", account);
    }

    private static List<StoredPolicy> policies(Tx tx, String where, Object... params) throws SQLException {
        return select(tx, "SELECT " + POLICY_COLUMNS + " FROM iam_policy " + where, rs -> new StoredPolicy(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getLong(9),
                rs.getLong(10)), params);
    }

    void insertPolicy(Tx tx, StoredPolicy p) throws SQLException {
        tx.update("INSERT INTO iam_policy (name_key, " + POLICY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", key(p.name()),
                p.account(), p.name(), p.path(), p.policyId(), p.arn(), p.description(), p.defaultVersion(), p.nextVersion(), p.created(),
                p.updated());
    }

    /** Writes a policy's default version, next version number and update time. */
    void updatePolicy(Tx tx, StoredPolicy p) throws SQLException {
        tx.update("UPDATE iam_policy SET default_version = ?, next_version = ?, updated = ? WHERE arn = ?", p.defaultVersion(),
                p.nextVersion(), p.updated(), p.arn());
    }

    void deletePolicy(Tx tx, StoredPolicy p) throws SQLException {
        tx.update("DELETE FROM iam_policy_version WHERE policy_arn = ?", p.arn());
        tx.update("DELETE FROM iam_policy WHERE arn = ?", p.arn());
        Tags.deleteAll(tx, p.arn());
    }

    // Versions

    StoredVersion version(Tx tx, String policyArn, String versionId) throws SQLException {
        return first(versions(tx, "WHERE policy_arn = ? AND version_id = ?", policyArn, versionId));
    }

    /** A policy's versions, newest first. */
    List<StoredVersion> versions(Tx tx, String policyArn) throws SQLException {
        return versions(tx, "WHERE policy_arn = ? ORDER BY created DESC, LENGTH(version_id) DESC, version_id DESC", policyArn);
    }

    private static List<StoredVersion> versions(Tx tx, String where, Object... params) throws SQLException {
        return select(tx, "SELECT policy_arn, version_id, document, created FROM iam_policy_version " + where,
                rs -> new StoredVersion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), params);
    }

    void insertVersion(Tx tx, StoredVersion v) throws SQLException {
        tx.update("INSERT INTO iam_policy_version (policy_arn, version_id, document, created) VALUES (?, ?, ?, ?)", v.policyArn(),
                v.versionId(), v.document(), v.created());
    }

    void deleteVersion(Tx tx, StoredVersion v) throws SQLException {
        tx.update("DELETE FROM iam_policy_version WHERE policy_arn = ? AND version_id = ?", v.policyArn(), v.versionId());
    }

    // Attachments

    /** Attaches a managed policy to a principal; false when it was attached already. */
    boolean attach(Tx tx, String account, String kind, String entityId, String policyArn) throws SQLException {
        return tx.update("INSERT INTO iam_attachment (account, kind, entity_id, policy_arn) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (entity_id, policy_arn) DO NOTHING", account, kind, entityId, policyArn) > 0;
    }

    boolean detach(Tx tx, String entityId, String policyArn) throws SQLException {
        return tx.update("DELETE FROM iam_attachment WHERE entity_id = ? AND policy_arn = ?", entityId, policyArn) > 0;
    }

    /** The ARNs of the managed policies attached to a principal. */
    List<String> attached(Tx tx, String entityId) throws SQLException {
        return select(tx, "SELECT policy_arn FROM iam_attachment WHERE entity_id = ?", rs -> rs.getString(1), entityId);
    }

    /** Whom a policy is attached to, in the account. */
    List<Attachment> attachments(Tx tx, String account, String policyArn) throws SQLException {
        return select(tx, "SELECT kind, entity_id FROM iam_attachment WHERE account = ? AND policy_arn = ?",
                rs -> new Attachment(rs.getString(1), rs.getString(2)), account, policyArn);
    }

    /** The ARNs of the policies attached to anything in the account, once each. */
    List<String> attachedInAccount(Tx tx, String account) throws SQLException {
        return select(tx, "SELECT DISTINCT policy_arn FROM iam_attachment WHERE account = ?", rs -> rs.getString(1), account);
    }

    /** How many users and roles of the account have this policy as their permissions boundary. */
    int boundaryUses(Tx tx, String account, String policyArn) throws SQLException {
        return select(tx, "SELECT (SELECT COUNT(*) FROM iam_user WHERE account = ? AND permissions_boundary = ?) "
                + "+ (SELECT COUNT(*) FROM iam_role WHERE account = ? AND permissions_boundary = ?)", rs -> rs.getInt(1), account, policyArn,
                account, policyArn).getFirst();
    }

    // Inline policies

    InlinePolicy inline(Tx tx, String entityId, String name) throws SQLException {
        return first(select(tx, "SELECT name, document FROM iam_inline_policy WHERE entity_id = ? AND name = ?",
                rs -> new InlinePolicy(rs.getString(1), rs.getString(2)), entityId, name));
    }

    /** A principal's inline policies, by name. */
    List<InlinePolicy> inlines(Tx tx, String entityId) throws SQLException {
        return select(tx, "SELECT name, document FROM iam_inline_policy WHERE entity_id = ? ORDER BY name",
                rs -> new InlinePolicy(rs.getString(1), rs.getString(2)), entityId);
    }

    void putInline(Tx tx, String kind, String entityId, String name, String document) throws SQLException {
        tx.update("INSERT INTO iam_inline_policy (kind, entity_id, name, document) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (entity_id, name) DO UPDATE SET document = excluded.document", kind, entityId, name, document);
    }

    boolean deleteInline(Tx tx, String entityId, String name) throws SQLException {
        return tx.update("DELETE FROM iam_inline_policy WHERE entity_id = ? AND name = ?", entityId, name) > 0;
    }
}
