package dev.stratus.secretsmanager;

import dev.stratus.platform.Tags;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Secrets Manager's tables and every statement on them: a row per secret (keyed by its ARN, its
 * name unique in its account and region) and one per version, whose value is kept encrypted, as
 * KMS made it. A version may have no value yet: the one RotateSecret makes for its token, which
 * the rotation function fills. Tags are the platform's ({@link Tags}).
 */
final class SecretsRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE sm_secret (
              arn TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              description TEXT,
              kms_key_id TEXT,
              created BIGINT NOT NULL,
              last_changed BIGINT NOT NULL,
              last_accessed BIGINT,
              deletion_date BIGINT,
              rotation_enabled BIGINT NOT NULL,
              rotation_lambda TEXT,
              rotation_rules TEXT,
              last_rotated BIGINT,
              next_rotation BIGINT,
              policy TEXT);
            CREATE UNIQUE INDEX sm_secret_name ON sm_secret (account, region, name);
            CREATE TABLE sm_version (
              arn TEXT NOT NULL,
              version_id TEXT NOT NULL,
              kind TEXT,
              ciphertext ${BLOB},
              created BIGINT NOT NULL,
              last_accessed BIGINT,
              stages TEXT NOT NULL,
              PRIMARY KEY (arn, version_id))
            """);

    private static final String SECRET_COLUMNS = "arn, account, region, name, description, kms_key_id, created, last_changed, last_accessed, "
            + "deletion_date, rotation_enabled, rotation_lambda, rotation_rules, last_rotated, next_rotation, policy";

    /** A secret as stored; times in epoch ms; {@code deletionDate} set while it is scheduled for deletion. */
    record Secret(String arn, String account, String region, String name, String description, String kmsKeyId, long created, long lastChanged,
                  Long lastAccessed, Long deletionDate, boolean rotationEnabled, String rotationLambda, String rotationRules, Long lastRotated,
                  Long nextRotation, String policy) {
    }

    /** A version: {@code kind} is {@code string} or {@code binary}, both null while it has no value. */
    record Version(String arn, String versionId, String kind, byte[] ciphertext, long created, Long lastAccessed, List<String> stages) {
        boolean hasValue() {
            return kind != null;
        }
    }

    Secret byArn(Tx tx, String arn) throws SQLException {
        List<Secret> found = secrets(tx, "arn = ?", arn);
        return found.isEmpty() ? null : found.getFirst();
    }

    Secret byName(Tx tx, String account, String region, String name) throws SQLException {
        List<Secret> found = secrets(tx, "account = ? AND region = ? AND name = ?", account, region, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The secrets whose ARN, less its random suffix, is {@code partialArn}. */
    List<Secret> byPartialArn(Tx tx, String partialArn) throws SQLException {
        return secrets(tx, "substr(arn, 1, ?) = ? AND length(arn) = ?", partialArn.length(), partialArn, partialArn.length() + 7);
    }

    List<Secret> all(Tx tx, String account, String region) throws SQLException {
        return secrets(tx, "account = ? AND region = ?", account, region);
    }

    private static List<Secret> secrets(Tx tx, String where, Object... params) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + SECRET_COLUMNS + " FROM sm_secret WHERE " + where);
        Tx.bind(ps, params);
        List<Secret> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Secret(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getLong(7), rs.getLong(8), nullableLong(rs, 9), nullableLong(rs, 10), rs.getLong(11) != 0,
                        rs.getString(12), rs.getString(13), nullableLong(rs, 14), nullableLong(rs, 15),
                        rs.getString(16)));
            }
        }
        return out;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    void insert(Tx tx, Secret s) throws SQLException {
        tx.update("INSERT INTO sm_secret (" + SECRET_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.arn(), s.account(),
                s.region(), s.name(), s.description(), s.kmsKeyId(), s.created(), s.lastChanged(), s.lastAccessed(), s.deletionDate(),
                s.rotationEnabled() ? 1 : 0, s.rotationLambda(), s.rotationRules(), s.lastRotated(), s.nextRotation(), s.policy());
    }

    void update(Tx tx, Secret s) throws SQLException {
        tx.update("UPDATE sm_secret SET description = ?, kms_key_id = ?, last_changed = ?, last_accessed = ?, deletion_date = ?, "
                        + "rotation_enabled = ?, rotation_lambda = ?, rotation_rules = ?, last_rotated = ?, next_rotation = ?, policy = ? WHERE arn = ?",
                s.description(), s.kmsKeyId(), s.lastChanged(), s.lastAccessed(), s.deletionDate(), s.rotationEnabled() ? 1 : 0, s.rotationLambda(),
                s.rotationRules(), s.lastRotated(), s.nextRotation(), s.policy(), s.arn());
    }

    /** Deletes the secret for good, with its versions and tags. */
    void delete(Tx tx, String arn) throws SQLException {
        tx.update("DELETE FROM sm_version WHERE arn = ?", arn);
        tx.update("DELETE FROM sm_secret WHERE arn = ?", arn);
        Tags.deleteAll(tx, arn);
    }

    /** Every version of the secret, oldest first. */
    List<Version> versions(Tx tx, String arn) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT arn, version_id, kind, ciphertext, created, last_accessed, stages FROM sm_version WHERE arn = ? "
                + "ORDER BY created, version_id");
        ps.setString(1, arn);
        List<Version> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Version(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getLong(5),
                        nullableLong(rs, 6), List.of(Json.parse(rs.getString(7), String[].class))));
            }
        }
        return out;
    }

    void insertVersion(Tx tx, Version v) throws SQLException {
        tx.update("INSERT INTO sm_version (arn, version_id, kind, ciphertext, created, last_accessed, stages) VALUES (?, ?, ?, ?, ?, ?, ?)", v.arn(),
                v.versionId(), v.kind(), v.ciphertext(), v.created(), v.lastAccessed(), Json.string(v.stages()));
    }

    /** Gives a version made without a value (a rotation's) its value. */
    void fillVersion(Tx tx, String arn, String versionId, String kind, byte[] ciphertext, long created) throws SQLException {
        tx.update("UPDATE sm_version SET kind = ?, ciphertext = ?, created = ? WHERE arn = ? AND version_id = ?", kind, ciphertext, created, arn,
                versionId);
    }

    void setStages(Tx tx, String arn, String versionId, List<String> stages) throws SQLException {
        tx.update("UPDATE sm_version SET stages = ? WHERE arn = ? AND version_id = ?", Json.string(stages), arn, versionId);
    }

    void deleteVersion(Tx tx, String arn, String versionId) throws SQLException {
        tx.update("DELETE FROM sm_version WHERE arn = ? AND version_id = ?", arn, versionId);
    }

    void accessed(Tx tx, String arn, String versionId, long day) throws SQLException {
        tx.update("UPDATE sm_version SET last_accessed = ? WHERE arn = ? AND version_id = ?", day, arn, versionId);
        tx.update("UPDATE sm_secret SET last_accessed = ? WHERE arn = ?", day, arn);
    }
}
