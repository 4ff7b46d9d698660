package dev.stratus.platform.identity;

import dev.stratus.platform.NodeCache;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every access key Stratus issued, in one table: an IAM user's long-term keys (IAM writes them)
 * and the temporary credentials of sessions (STS and Lambda's role sessions write them). The
 * identity step looks a request's key up here on every request, so lookups are cached on each
 * node and every node's cache follows each write once it commits. Keys Stratus never issued are
 * not here: they stand for the account root.
 */
public final class Credentials {
    /** The fourth script gives the milliseconds 64 bits on PostgreSQL, whose INTEGER has 32 (SQLite's has 64 already). */
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE stratus_credential (
              access_key_id TEXT PRIMARY KEY,
              secret_access_key TEXT NOT NULL,
              session_token TEXT,
              principal_type TEXT NOT NULL,
              principal_arn TEXT NOT NULL,
              principal_id TEXT NOT NULL,
              account TEXT NOT NULL,
              owner_arn TEXT NOT NULL,
              active INTEGER NOT NULL,
              created_ms INTEGER NOT NULL,
              expires_ms INTEGER,
              session_policy TEXT,
              session_tags TEXT);
            CREATE INDEX stratus_credential_owner ON stratus_credential (owner_arn);
            """, """
            ALTER TABLE stratus_credential ADD COLUMN session_policy_arns TEXT;
            ALTER TABLE stratus_credential ADD COLUMN transitive_tag_keys TEXT;
            ALTER TABLE stratus_credential ADD COLUMN source_identity TEXT;
            """, """
            CREATE TABLE stratus_credential_revoked (
              access_key_id TEXT PRIMARY KEY,
              expired INTEGER NOT NULL);
            """, """
            CREATE TABLE stratus_credential_ms (
              access_key_id TEXT PRIMARY KEY,
              secret_access_key TEXT NOT NULL,
              session_token TEXT,
              principal_type TEXT NOT NULL,
              principal_arn TEXT NOT NULL,
              principal_id TEXT NOT NULL,
              account TEXT NOT NULL,
              owner_arn TEXT NOT NULL,
              active INTEGER NOT NULL,
              created_ms BIGINT NOT NULL,
              expires_ms BIGINT,
              session_policy TEXT,
              session_tags TEXT,
              session_policy_arns TEXT,
              transitive_tag_keys TEXT,
              source_identity TEXT);
            INSERT INTO stratus_credential_ms SELECT access_key_id, secret_access_key, session_token, principal_type, principal_arn, principal_id,
              account, owner_arn, active, created_ms, expires_ms, session_policy, session_tags, session_policy_arns, transitive_tag_keys,
              source_identity FROM stratus_credential;
            DROP TABLE stratus_credential;
            ALTER TABLE stratus_credential_ms RENAME TO stratus_credential;
            CREATE INDEX stratus_credential_owner ON stratus_credential (owner_arn);
            """);

    private static final int CACHE_LIMIT = 10_000;

    private final Store store;
    /** Callers choose their keys (any unknown one is the root): the cache is emptied rather than let grow without end. */
    private final NodeCache<Optional<Credential>> cache;
    /** Asked on every request whose key Stratus never issued (the root's): kept, and dropped by the writes that revoke. */
    private final NodeCache<Optional<Revoked>> revocations;

    public Credentials(Store store) {
        this.store = store;
        this.cache = new NodeCache<>(store, "identity.credentials", CACHE_LIMIT);
        this.revocations = new NodeCache<>(store, "identity.revocations", CACHE_LIMIT);
        store.migrate("credentials", MIGRATIONS);
    }

    /**
     * An access key and what it stands for. {@code principal} is who calls with it (a user, or an
     * assumed-role session); {@code principalId} is IAM's unique id for it ({@code AIDA…} for a user,
     * {@code AROA…:session} for a session), {@code aws:userid}; {@code ownerArn} is the user or role
     * whose policies apply. A session has a token, an expiry, and may have session policies (an
     * inline one and managed ones by ARN), tags (those whose keys are transitive pass on to the
     * sessions it assumes in turn, as its source identity does).
     */
    public record Credential(String accessKeyId, String secretAccessKey, String sessionToken, Principal principal, String principalId,
                             String ownerArn, boolean active, Instant created, Instant expires, PolicyDocument sessionPolicy,
                             Map<String, String> sessionTags, List<String> sessionPolicyArns, List<String> transitiveTagKeys,
                             String sourceIdentity) {

        public Credential {
            sessionTags = sessionTags == null ? Map.of() : sessionTags;
            sessionPolicyArns = sessionPolicyArns == null ? List.of() : List.copyOf(sessionPolicyArns);
            transitiveTagKeys = transitiveTagKeys == null ? List.of() : List.copyOf(transitiveTagKeys);
        }

        /** A key without session policy ARNs, transitive tags or source identity: a user's, or a session that has none. */
        public Credential(String accessKeyId, String secretAccessKey, String sessionToken, Principal principal, String principalId,
                          String ownerArn, boolean active, Instant created, Instant expires, PolicyDocument sessionPolicy,
                          Map<String, String> sessionTags) {
            this(accessKeyId, secretAccessKey, sessionToken, principal, principalId, ownerArn, active, created, expires, sessionPolicy,
                    sessionTags, List.of(), List.of(), null);
        }

        public boolean expiredAt(Instant now) {
            return expires != null && !now.isBefore(expires);
        }
    }

    /** Records a key in the caller's transaction. */
    public void issue(Tx tx, Credential c) throws SQLException {
        tx.update("INSERT INTO stratus_credential (access_key_id, secret_access_key, session_token, principal_type, principal_arn, principal_id, "
                        + "account, owner_arn, active, created_ms, expires_ms, session_policy, session_tags, session_policy_arns, transitive_tag_keys, "
                        + "source_identity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.accessKeyId(), c.secretAccessKey(), c.sessionToken(), c.principal().type().name(), c.principal().id(), c.principalId(),
                c.principal().account(), c.ownerArn(), c.active() ? 1 : 0, c.created().toEpochMilli(),
                c.expires() == null ? null : c.expires().toEpochMilli(), c.sessionPolicy() == null ? null : c.sessionPolicy().toJson(),
                c.sessionTags().isEmpty() ? null : Json.string(c.sessionTags()),
                c.sessionPolicyArns().isEmpty() ? null : Json.string(c.sessionPolicyArns()),
                c.transitiveTagKeys().isEmpty() ? null : Json.string(c.transitiveTagKeys()), c.sourceIdentity());
        cache.changed(tx, c.accessKeyId());
    }

    /** The key, or none when Stratus never issued it (or it was deleted). */
    public Optional<Credential> find(String accessKeyId) {
        if (accessKeyId == null) {
            return Optional.empty();
        }
        return cache.get(accessKeyId, () -> store.read(tx -> find(tx, accessKeyId)));
    }

    public Optional<Credential> find(Tx tx, String accessKeyId) throws SQLException {
        List<Credential> found = select(tx, "WHERE access_key_id = ?", accessKeyId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The keys of a user or role (its sessions), oldest first. */
    public List<Credential> ofOwner(Tx tx, String ownerArn) throws SQLException {
        return select(tx, "WHERE owner_arn = ? ORDER BY created_ms, access_key_id", ownerArn);
    }

    /** Makes a key usable or not (IAM's UpdateAccessKey); false when there is no such key. */
    public boolean setActive(Tx tx, String accessKeyId, boolean active) throws SQLException {
        boolean changed = tx.update("UPDATE stratus_credential SET active = ? WHERE access_key_id = ?", active ? 1 : 0, accessKeyId) > 0;
        cache.changed(tx, accessKeyId);
        return changed;
    }

    /** Deletes a key; false when there is no such key. */
    public boolean delete(Tx tx, String accessKeyId) throws SQLException {
        boolean deleted = tx.update("DELETE FROM stratus_credential WHERE access_key_id = ?", accessKeyId) > 0;
        if (deleted) {
            tx.update("INSERT INTO stratus_credential_revoked (access_key_id, expired) VALUES (?, 0) ON CONFLICT (access_key_id) DO NOTHING",
                    accessKeyId);
            revocations.changed(tx, accessKeyId);
        }
        cache.changed(tx, accessKeyId);
        return deleted;
    }

    /**
     * Whether a key Stratus issued is gone: deleted (true: refused as invalid) or a session swept
     * after it expired (refused as expired), so that it never falls back to the account root.
     */
    public Optional<Revoked> revoked(String accessKeyId) {
        if (accessKeyId == null) {
            return Optional.empty();
        }
        return revocations.get(accessKeyId, () -> store.read(tx -> {
            PreparedStatement ps = tx.sql("SELECT expired FROM stratus_credential_revoked WHERE access_key_id = ?");
            Tx.bind(ps, accessKeyId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1) != 0 ? Revoked.EXPIRED : Revoked.DELETED) : Optional.<Revoked>empty();
            }
        }));
    }

    public enum Revoked { DELETED, EXPIRED }

    /**
     * Follows a user IAM renamed or moved (UpdateUser): its keys call as, and belong to, its new ARN.
     * Sessions are not touched (a role cannot be renamed).
     */
    public void reown(Tx tx, String ownerArn, String newArn) throws SQLException {
        tx.update("UPDATE stratus_credential SET principal_arn = ?, owner_arn = ? WHERE owner_arn = ? AND principal_type = ?", newArn, newArn,
                ownerArn, Principal.Type.USER.name());
        cache.changedAll(tx);
    }

    /** Drops the sessions that expired before {@code now}: they answer {@code ExpiredToken} until then, and nothing after. */
    public int deleteExpired(Tx tx, Instant now) throws SQLException {
        tx.update("INSERT INTO stratus_credential_revoked (access_key_id, expired) SELECT access_key_id, 1 FROM stratus_credential "
                + "WHERE expires_ms IS NOT NULL AND expires_ms < ? ON CONFLICT (access_key_id) DO NOTHING", now.toEpochMilli());
        int n = tx.update("DELETE FROM stratus_credential WHERE expires_ms IS NOT NULL AND expires_ms < ?", now.toEpochMilli());
        if (n > 0) {
            cache.changedAll(tx);
            revocations.changedAll(tx);
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> stringMap(String json) {
        return Json.parse(json, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringList(String json) {
        return json == null ? List.of() : Json.parse(json, List.class);
    }

    private static List<Credential> select(Tx tx, String where, Object... params) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT access_key_id, secret_access_key, session_token, principal_type, principal_arn, principal_id, account, "
                + "owner_arn, active, created_ms, expires_ms, session_policy, session_tags, session_policy_arns, transitive_tag_keys, source_identity "
                + "FROM stratus_credential " + where);
        Tx.bind(ps, params);
        List<Credential> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long expires = rs.getLong(11);
                boolean expiring = !rs.wasNull();
                String policy = rs.getString(12);
                String tags = rs.getString(13);
                out.add(new Credential(rs.getString(1), rs.getString(2), rs.getString(3),
                        new Principal(Principal.Type.valueOf(rs.getString(4)), rs.getString(5), rs.getString(7)), rs.getString(6), rs.getString(8),
                        rs.getInt(9) != 0, Instant.ofEpochMilli(rs.getLong(10)), expiring ? Instant.ofEpochMilli(expires) : null,
                        policy == null ? null : PolicyDocument.stored(policy), tags == null ? Map.of() : stringMap(tags),
                        stringList(rs.getString(14)), stringList(rs.getString(15)), rs.getString(16)));
            }
        }
        return out;
    }
}
