package dev.stratus.ssm;

import dev.stratus.platform.Tags;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter Store's tables and every statement on them: one row per parameter (its name as first
 * given, its key, its ARN) and one per version it keeps (at most 100), each with its labels.
 * Parameters are per account and region; tags are the platform's ({@link Tags}), by ARN.
 */
final class SsmRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE ssm_parameter (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name_key TEXT NOT NULL,
              name TEXT NOT NULL,
              arn TEXT NOT NULL,
              version BIGINT NOT NULL,
              PRIMARY KEY (account, region, name_key));
            CREATE TABLE ssm_parameter_version (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name_key TEXT NOT NULL,
              version BIGINT NOT NULL,
              type TEXT NOT NULL,
              value TEXT NOT NULL,
              key_id TEXT,
              description TEXT,
              allowed_pattern TEXT,
              tier TEXT NOT NULL,
              policies TEXT,
              data_type TEXT NOT NULL,
              modified BIGINT NOT NULL,
              modified_user TEXT NOT NULL,
              labels TEXT NOT NULL,
              PRIMARY KEY (account, region, name_key, version))
            """);

    private static final String VERSION_COLUMNS = "v.version, v.type, v.value, v.key_id, v.description, v.allowed_pattern, v.tier, v.policies, "
            + "v.data_type, v.modified, v.modified_user, v.labels";

    /** A parameter as a version of it was written: {@code value} is the ciphertext (base64) of a SecureString. */
    record Stored(String name, String arn, long version, String type, String value, String keyId, String description, String allowedPattern,
                  String tier, String policies, String dataType, long modified, String modifiedUser, List<String> labels) {
        Stored withLabels(List<String> newLabels) {
            return new Stored(name, arn, version, type, value, keyId, description, allowedPattern, tier, policies, dataType, modified, modifiedUser,
                    newLabels);
        }
    }

    /** The current version of the parameter with this key, or null. */
    Stored current(Tx tx, String account, String region, String key) throws SQLException {
        List<Stored> found = select(tx, "p.account = ? AND p.region = ? AND p.name_key = ? AND v.version = p.version", account, region, key);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Every version the parameter keeps, oldest first. */
    List<Stored> versions(Tx tx, String account, String region, String key) throws SQLException {
        return select(tx, "p.account = ? AND p.region = ? AND p.name_key = ? ORDER BY v.version", account, region, key);
    }

    /** The current version of every parameter of the account in the region, in no order. */
    List<Stored> all(Tx tx, String account, String region) throws SQLException {
        return select(tx, "p.account = ? AND p.region = ? AND v.version = p.version", account, region);
    }

    private static List<Stored> select(Tx tx, String where, Object... params) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT p.name, p.arn, " + VERSION_COLUMNS + " FROM ssm_parameter p JOIN ssm_parameter_version v "
                + "ON v.account = p.account AND v.region = p.region AND v.name_key = p.name_key WHERE " + where);
        Tx.bind(ps, params);
        List<Stored> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Stored(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getLong(12),
                        rs.getString(13), List.of(Json.MAPPER.readValue(rs.getString(14), String[].class))));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("unreadable labels", e);
        }
        return out;
    }

    /** Writes a new version and makes it the current one, creating the parameter at version 1. */
    void insert(Tx tx, String account, String region, String key, Stored p) throws SQLException {
        tx.update("INSERT INTO ssm_parameter (account, region, name_key, name, arn, version) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (account, region, name_key) DO UPDATE SET version = excluded.version", account, region, key, p.name(), p.arn(), p.version());
        tx.update("INSERT INTO ssm_parameter_version (account, region, name_key, version, type, value, key_id, description, allowed_pattern, "
                        + "tier, policies, data_type, modified, modified_user, labels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                account, region, key, p.version(), p.type(), p.value(), p.keyId(), p.description(), p.allowedPattern(), p.tier(), p.policies(),
                p.dataType(), p.modified(), p.modifiedUser(), labels(p.labels()));
    }

    void setLabels(Tx tx, String account, String region, String key, long version, List<String> labels) throws SQLException {
        tx.update("UPDATE ssm_parameter_version SET labels = ? WHERE account = ? AND region = ? AND name_key = ? AND version = ?",
                labels(labels), account, region, key, version);
    }

    void deleteVersion(Tx tx, String account, String region, String key, long version) throws SQLException {
        tx.update("DELETE FROM ssm_parameter_version WHERE account = ? AND region = ? AND name_key = ? AND version = ?", account, region, key, version);
    }

    /** Deletes the parameter, its versions and its tags. */
    void delete(Tx tx, String account, String region, String key, String arn) throws SQLException {
        tx.update("DELETE FROM ssm_parameter_version WHERE account = ? AND region = ? AND name_key = ?", account, region, key);
        tx.update("DELETE FROM ssm_parameter WHERE account = ? AND region = ? AND name_key = ?", account, region, key);
        Tags.deleteAll(tx, arn);
    }

    private static String labels(List<String> labels) {
        return Json.MAPPER.valueToTree(labels).toString();
    }
}
