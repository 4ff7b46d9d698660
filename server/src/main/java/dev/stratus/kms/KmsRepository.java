package dev.stratus.kms;

import dev.stratus.platform.Tags;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * KMS's tables and every statement on them: keys, their key material (sealed under the
 * {@link MasterKey}, one row per rotation), aliases, grants, and the master key's check. Keys are
 * found by their id (a UUID, unique everywhere) and belong to an account and region; aliases are
 * the account's and region's. Tags are the platform's ({@link Tags}), by key ARN.
 */
final class KmsRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE kms_key (
              key_id TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              arn TEXT NOT NULL,
              created BIGINT NOT NULL,
              description TEXT NOT NULL,
              key_spec TEXT NOT NULL,
              key_usage TEXT NOT NULL,
              key_state TEXT NOT NULL,
              key_manager TEXT NOT NULL,
              policy TEXT NOT NULL,
              deletion_date BIGINT,
              pending_window_days BIGINT,
              rotation_period_days BIGINT,
              next_rotation BIGINT,
              current_material BIGINT NOT NULL,
              public_key ${BLOB});
            CREATE INDEX kms_key_account ON kms_key (account, region);
            CREATE TABLE kms_key_material (
              key_id TEXT NOT NULL,
              material BIGINT NOT NULL,
              material_id TEXT NOT NULL,
              created BIGINT NOT NULL,
              rotation_type TEXT,
              sealed ${BLOB} NOT NULL,
              PRIMARY KEY (key_id, material));
            CREATE TABLE kms_alias (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              key_id TEXT NOT NULL,
              created BIGINT NOT NULL,
              updated BIGINT NOT NULL,
              PRIMARY KEY (account, region, name));
            CREATE TABLE kms_grant (
              grant_id TEXT PRIMARY KEY,
              key_id TEXT NOT NULL,
              name TEXT,
              grantee TEXT NOT NULL,
              retiring TEXT,
              operations TEXT NOT NULL,
              constraints TEXT,
              issuing_account TEXT NOT NULL,
              created BIGINT NOT NULL,
              token TEXT NOT NULL);
            CREATE INDEX kms_grant_key ON kms_grant (key_id);
            CREATE TABLE kms_master (
              id BIGINT PRIMARY KEY,
              key_check TEXT NOT NULL);
            """);

    private static final String KEY_COLUMNS = "key_id, account, region, arn, created, description, key_spec, key_usage, key_state, key_manager, "
            + "policy, deletion_date, pending_window_days, rotation_period_days, next_rotation, current_material, public_key";

    /**
     * A key as stored. {@code state} is KMS's KeyState; {@code manager} CUSTOMER or AWS;
     * {@code rotationPeriodDays} is null while automatic rotation is off; times in epoch ms.
     */
    record StoredKey(String keyId, String account, String region, String arn, long created, String description, KeySpec spec, String usage,
                     String state, String manager, String policy, Long deletionDate, Integer pendingWindowDays, Integer rotationPeriodDays,
                     Long nextRotation, int currentMaterial, byte[] publicKey) {
        boolean awsManaged() {
            return manager.equals("AWS");
        }
    }

    /** One key material of a key: its number (the ciphertext names it), its id as KMS shows it, and how it came. */
    record StoredMaterial(String keyId, int material, String materialId, long created, String rotationType, byte[] sealed) {
    }

    record StoredAlias(String account, String region, String name, String keyId, long created, long updated) {
    }

    record StoredGrant(String grantId, String keyId, String name, String grantee, String retiring, String operations, String constraints,
                       String issuingAccount, long created, String token) {
    }

    // Keys

    void insertKey(Tx tx, StoredKey k) throws SQLException {
        tx.update("INSERT INTO kms_key (" + KEY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", k.keyId(), k.account(),
                k.region(), k.arn(), k.created(), k.description(), k.spec().name(), k.usage(), k.state(), k.manager(), k.policy(), k.deletionDate(),
                k.pendingWindowDays(), k.rotationPeriodDays(), k.nextRotation(), k.currentMaterial(), k.publicKey());
    }

    StoredKey key(Tx tx, String keyId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + KEY_COLUMNS + " FROM kms_key WHERE key_id = ?");
        ps.setString(1, keyId);
        List<StoredKey> found = keys(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The account's keys in the region, in no order. */
    List<StoredKey> keys(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + KEY_COLUMNS + " FROM kms_key WHERE account = ? AND region = ?");
        Tx.bind(ps, account, region);
        return keys(ps);
    }

    private static List<StoredKey> keys(PreparedStatement ps) throws SQLException {
        List<StoredKey> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                        KeySpec.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        (Long) nullable(rs.getLong(12), rs), nullableInt(rs.getInt(13), rs), nullableInt(rs.getInt(14), rs),
                        (Long) nullable(rs.getLong(15), rs), rs.getInt(16), rs.getBytes(17)));
            }
        }
        return out;
    }

    void updateState(Tx tx, String keyId, String state, Long deletionDate, Integer pendingWindowDays) throws SQLException {
        tx.update("UPDATE kms_key SET key_state = ?, deletion_date = ?, pending_window_days = ? WHERE key_id = ?", state, deletionDate,
                pendingWindowDays, keyId);
    }

    void updateDescription(Tx tx, String keyId, String description) throws SQLException {
        tx.update("UPDATE kms_key SET description = ? WHERE key_id = ?", description, keyId);
    }

    void updatePolicy(Tx tx, String keyId, String policy) throws SQLException {
        tx.update("UPDATE kms_key SET policy = ? WHERE key_id = ?", policy, keyId);
    }

    /** Automatic rotation on (a period and the next date) or off (both null). */
    void updateRotation(Tx tx, String keyId, Integer periodDays, Long nextRotation) throws SQLException {
        tx.update("UPDATE kms_key SET rotation_period_days = ?, next_rotation = ? WHERE key_id = ?", periodDays, nextRotation, keyId);
    }

    /** Forgets a key and everything that is its: material, aliases, grants, tags. */
    void deleteKey(Tx tx, StoredKey k) throws SQLException {
        tx.update("DELETE FROM kms_key_material WHERE key_id = ?", k.keyId());
        tx.update("DELETE FROM kms_alias WHERE key_id = ?", k.keyId());
        tx.update("DELETE FROM kms_grant WHERE key_id = ?", k.keyId());
        tx.update("DELETE FROM kms_key WHERE key_id = ?", k.keyId());
        Tags.deleteAll(tx, k.arn());
    }

    // Key material

    void insertMaterial(Tx tx, StoredMaterial m) throws SQLException {
        tx.update("INSERT INTO kms_key_material (key_id, material, material_id, created, rotation_type, sealed) VALUES (?, ?, ?, ?, ?, ?)",
                m.keyId(), m.material(), m.materialId(), m.created(), m.rotationType(), m.sealed());
        tx.update("UPDATE kms_key SET current_material = ? WHERE key_id = ?", m.material(), m.keyId());
    }

    StoredMaterial material(Tx tx, String keyId, int material) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT key_id, material, material_id, created, rotation_type, sealed FROM kms_key_material "
                + "WHERE key_id = ? AND material = ?");
        Tx.bind(ps, keyId, material);
        List<StoredMaterial> found = materials(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The key's materials, oldest first. */
    List<StoredMaterial> materials(Tx tx, String keyId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT key_id, material, material_id, created, rotation_type, sealed FROM kms_key_material "
                + "WHERE key_id = ? ORDER BY material");
        ps.setString(1, keyId);
        return materials(ps);
    }

    private static List<StoredMaterial> materials(PreparedStatement ps) throws SQLException {
        List<StoredMaterial> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredMaterial(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getBytes(6)));
            }
        }
        return out;
    }

    // Aliases

    /** Adds an alias unless one of its name exists; whether it was added. */
    boolean insertAlias(Tx tx, StoredAlias a) throws SQLException {
        return tx.update("INSERT INTO kms_alias (account, region, name, key_id, created, updated) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (account, region, name) DO NOTHING", a.account(), a.region(), a.name(), a.keyId(), a.created(), a.updated()) == 1;
    }

    StoredAlias alias(Tx tx, String account, String region, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT account, region, name, key_id, created, updated FROM kms_alias WHERE account = ? AND region = ? AND name = ?");
        Tx.bind(ps, account, region, name);
        List<StoredAlias> found = aliases(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The account's aliases in the region, in no order. */
    List<StoredAlias> aliases(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT account, region, name, key_id, created, updated FROM kms_alias WHERE account = ? AND region = ?");
        Tx.bind(ps, account, region);
        return aliases(ps);
    }

    private static List<StoredAlias> aliases(PreparedStatement ps) throws SQLException {
        List<StoredAlias> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredAlias(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6)));
            }
        }
        return out;
    }

    void retargetAlias(Tx tx, StoredAlias a, String keyId, long now) throws SQLException {
        tx.update("UPDATE kms_alias SET key_id = ?, updated = ? WHERE account = ? AND region = ? AND name = ?", keyId, now, a.account(), a.region(),
                a.name());
    }

    void deleteAlias(Tx tx, StoredAlias a) throws SQLException {
        tx.update("DELETE FROM kms_alias WHERE account = ? AND region = ? AND name = ?", a.account(), a.region(), a.name());
    }

    // Grants

    void insertGrant(Tx tx, StoredGrant g) throws SQLException {
        tx.update("INSERT INTO kms_grant (grant_id, key_id, name, grantee, retiring, operations, constraints, issuing_account, created, token) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", g.grantId(), g.keyId(), g.name(), g.grantee(), g.retiring(), g.operations(),
                g.constraints(), g.issuingAccount(), g.created(), g.token());
    }

    private static final String GRANT_COLUMNS = "grant_id, key_id, name, grantee, retiring, operations, constraints, issuing_account, created, token";

    StoredGrant grant(Tx tx, String grantId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + GRANT_COLUMNS + " FROM kms_grant WHERE grant_id = ?");
        ps.setString(1, grantId);
        List<StoredGrant> found = grants(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    StoredGrant grantByToken(Tx tx, String token) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + GRANT_COLUMNS + " FROM kms_grant WHERE token = ?");
        ps.setString(1, token);
        List<StoredGrant> found = grants(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** A grant of this name on the key, for CreateGrant's idempotence. */
    StoredGrant grantNamed(Tx tx, String keyId, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + GRANT_COLUMNS + " FROM kms_grant WHERE key_id = ? AND name = ?");
        Tx.bind(ps, keyId, name);
        List<StoredGrant> found = grants(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    List<StoredGrant> grantsOf(Tx tx, String keyId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + GRANT_COLUMNS + " FROM kms_grant WHERE key_id = ?");
        ps.setString(1, keyId);
        return grants(ps);
    }

    List<StoredGrant> grantsRetirableBy(Tx tx, String retiring) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + GRANT_COLUMNS + " FROM kms_grant WHERE retiring = ?");
        ps.setString(1, retiring);
        return grants(ps);
    }

    private static List<StoredGrant> grants(PreparedStatement ps) throws SQLException {
        List<StoredGrant> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredGrant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10)));
            }
        }
        return out;
    }

    void deleteGrant(Tx tx, String grantId) throws SQLException {
        tx.update("DELETE FROM kms_grant WHERE grant_id = ?", grantId);
    }

    // The master key's check

    /** The check of the master key the store's material is sealed under, or null before any was recorded. */
    String masterCheck(Tx tx) throws SQLException {
        try (ResultSet rs = tx.sql("SELECT key_check FROM kms_master WHERE id = 1").executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Records the check unless one is there (another node may have recorded it first). */
    void recordMasterCheck(Tx tx, String check) throws SQLException {
        tx.update("INSERT INTO kms_master (id, key_check) VALUES (1, ?) ON CONFLICT (id) DO NOTHING", check);
    }

    private static Object nullable(long value, ResultSet rs) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(int value, ResultSet rs) throws SQLException {
        return rs.wasNull() ? null : value;
    }
}
