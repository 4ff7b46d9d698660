package dev.stratus.s3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Buckets and object versions as rows; an object's data is in blobs ({@link BlobStore}) its row
 * names. A bucket's settings (versioning, tags, policy, CORS, lifecycle, encryption, …) are kept
 * whole as one JSON document, by the API's member names.
 */
final class S3Repository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE s3_bucket (
              name TEXT NOT NULL PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              created BIGINT NOT NULL,
              settings TEXT NOT NULL);
            CREATE TABLE s3_object (
              bucket TEXT NOT NULL,
              key TEXT NOT NULL,
              version_id TEXT NOT NULL,
              latest INTEGER NOT NULL,
              delete_marker INTEGER NOT NULL,
              size BIGINT NOT NULL,
              etag TEXT NOT NULL,
              modified BIGINT NOT NULL,
              data TEXT NOT NULL,
              meta TEXT NOT NULL,
              PRIMARY KEY (bucket, key, version_id));
            CREATE INDEX s3_object_listing ON s3_object (bucket, latest, key);
            """);

    /** A bucket; {@code settings} holds its configurations by the API's names, {@code {}} when it has none. */
    record Bucket(String name, String account, String region, long created, ObjectNode settings) {
    }

    /**
     * One version of an object. {@code data} is its bytes as blobs in order ({@link ObjectData});
     * {@code meta} its headers and system metadata (ContentType, Metadata, checksums, tags, …) by
     * the API's names. The version id of an object written while versioning was never enabled is
     * {@code null}, as S3 names it.
     */
    record ObjectVersion(String bucket, String key, String versionId, boolean latest, boolean deleteMarker, long size, String etag,
                         long modified, ObjectData data, ObjectNode meta) {
    }

    Bucket bucket(Tx tx, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT account, region, created, settings FROM s3_bucket WHERE name = ?");
        Tx.bind(ps, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Bucket(name, rs.getString(1), rs.getString(2), rs.getLong(3), settings(rs.getString(4))) : null;
        }
    }

    List<Bucket> buckets(Tx tx, String account) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT name, region, created, settings FROM s3_bucket WHERE account = ? ORDER BY name");
        Tx.bind(ps, account);
        List<Bucket> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Bucket(rs.getString(1), account, rs.getString(2), rs.getLong(3), settings(rs.getString(4))));
            }
        }
        return out;
    }

    void insert(Tx tx, Bucket b) throws SQLException {
        tx.update("INSERT INTO s3_bucket (name, account, region, created, settings) VALUES (?, ?, ?, ?, ?)", b.name(), b.account(), b.region(),
                b.created(), Json.string(b.settings()));
    }

    void saveSettings(Tx tx, Bucket b) throws SQLException {
        tx.update("UPDATE s3_bucket SET settings = ? WHERE name = ?", Json.string(b.settings()), b.name());
    }

    void delete(Tx tx, Bucket b) throws SQLException {
        tx.update("DELETE FROM s3_bucket WHERE name = ?", b.name());
    }

    /** Whether the bucket holds any object version or delete marker. */
    boolean hasObjects(Tx tx, String bucket) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT 1 FROM s3_object WHERE bucket = ? LIMIT 1");
        Tx.bind(ps, bucket);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static final String OBJECT_COLUMNS = "bucket, key, version_id, latest, delete_marker, size, etag, modified, data, meta";

    /** The current version of {@code key} (a delete marker included), or null. */
    ObjectVersion latest(Tx tx, String bucket, String key) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + OBJECT_COLUMNS + " FROM s3_object WHERE bucket = ? AND key = ? AND latest = 1");
        Tx.bind(ps, bucket, key);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? object(rs) : null;
        }
    }

    ObjectVersion version(Tx tx, String bucket, String key, String versionId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + OBJECT_COLUMNS + " FROM s3_object WHERE bucket = ? AND key = ? AND version_id = ?");
        Tx.bind(ps, bucket, key, versionId);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? object(rs) : null;
        }
    }

    /** Current versions that are not delete markers, keys after {@code after} (null: from the start) in order, at most {@code limit}. */
    List<ObjectVersion> listLatest(Tx tx, String bucket, String prefix, String after, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + OBJECT_COLUMNS + " FROM s3_object WHERE bucket = ? AND latest = 1 AND delete_marker = 0"
                + " AND key > ? AND key >= ? ORDER BY key LIMIT ?");
        Tx.bind(ps, bucket, after == null ? "" : after, prefix == null ? "" : prefix, limit);
        List<ObjectVersion> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ObjectVersion o = object(rs);
                if (prefix != null && !o.key().startsWith(prefix)) {
                    break;
                }
                out.add(o);
            }
        }
        return out;
    }

    /** Every bucket of every account: what the daily lifecycle pass goes through. */
    List<Bucket> allBuckets(Tx tx) throws SQLException {
        List<Bucket> out = new ArrayList<>();
        try (ResultSet rs = tx.sql("SELECT name, account, region, created, settings FROM s3_bucket ORDER BY name").executeQuery()) {
            while (rs.next()) {
                out.add(new Bucket(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), settings(rs.getString(5))));
            }
        }
        return out;
    }

    /** Every version and delete marker in the bucket, by key, the newest of each key first. */
    List<ObjectVersion> everyVersion(Tx tx, String bucket) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + OBJECT_COLUMNS + " FROM s3_object WHERE bucket = ? ORDER BY key, latest DESC, modified DESC, version_id DESC");
        Tx.bind(ps, bucket);
        List<ObjectVersion> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(object(rs));
            }
        }
        return out;
    }

    /**
     * Every version and delete marker of keys from {@code fromKey} on (inclusive), in the order
     * ListObjectVersions lists them: by key, then newest first; {@code visitor} returns false to stop.
     */
    void eachVersion(Tx tx, String bucket, String fromKey, java.util.function.Predicate<ObjectVersion> visitor) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + OBJECT_COLUMNS + " FROM s3_object WHERE bucket = ? AND key >= ?"
                + " ORDER BY key, latest DESC, modified DESC, version_id DESC");
        Tx.bind(ps, bucket, fromKey);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!visitor.test(object(rs))) {
                    return;
                }
            }
        }
    }

    /**
     * Makes {@code o} the current version of its key. The version it replaces stops being current;
     * with {@code replaceNull}, the replaced version whose id is {@code null} is removed, as an
     * unversioned (or suspended) bucket overwrites it. Returns the removed version, if any, whose
     * blobs the caller deletes after the commit.
     */
    ObjectVersion put(Tx tx, ObjectVersion o, boolean replaceNull) throws SQLException {
        ObjectVersion removed = replaceNull ? version(tx, o.bucket(), o.key(), ObjectData.NULL_VERSION) : null;
        if (removed != null) {
            tx.update("DELETE FROM s3_object WHERE bucket = ? AND key = ? AND version_id = ?", o.bucket(), o.key(), ObjectData.NULL_VERSION);
        }
        tx.update("UPDATE s3_object SET latest = 0 WHERE bucket = ? AND key = ? AND latest = 1", o.bucket(), o.key());
        tx.update("INSERT INTO s3_object (" + OBJECT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", o.bucket(), o.key(), o.versionId(),
                1, o.deleteMarker() ? 1 : 0, o.size(), o.etag(), o.modified(), o.data().encoded(), Json.string(o.meta()));
        return removed;
    }

    /** Removes one version; the one before it, if any, becomes current when it was. */
    void deleteVersion(Tx tx, ObjectVersion o) throws SQLException {
        tx.update("DELETE FROM s3_object WHERE bucket = ? AND key = ? AND version_id = ?", o.bucket(), o.key(), o.versionId());
        if (o.latest()) {
            PreparedStatement ps = tx.sql("SELECT version_id FROM s3_object WHERE bucket = ? AND key = ? ORDER BY modified DESC, version_id DESC LIMIT 1");
            Tx.bind(ps, o.bucket(), o.key());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    tx.update("UPDATE s3_object SET latest = 1 WHERE bucket = ? AND key = ? AND version_id = ?", o.bucket(), o.key(), rs.getString(1));
                }
            }
        }
    }

    void saveMeta(Tx tx, ObjectVersion o) throws SQLException {
        tx.update("UPDATE s3_object SET meta = ? WHERE bucket = ? AND key = ? AND version_id = ?", Json.string(o.meta()), o.bucket(), o.key(),
                o.versionId());
    }

    /** Every blob a row names, an object's or an upload's part's: what {@link BlobStore#sweep} keeps. */
    Set<String> blobsNamed(Tx tx) throws SQLException {
        Set<String> out = new HashSet<>();
        try (ResultSet rs = tx.sql("SELECT data FROM s3_object").executeQuery()) {
            while (rs.next()) {
                out.addAll(ObjectData.decode(rs.getString(1)).blobs());
            }
        }
        out.addAll(Uploads.blobsNamed(tx));
        return out;
    }

    private static ObjectVersion object(ResultSet rs) throws SQLException {
        return new ObjectVersion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1, rs.getInt(5) == 1, rs.getLong(6),
                rs.getString(7), rs.getLong(8), ObjectData.decode(rs.getString(9)), (ObjectNode) Json.parse(rs.getString(10)));
    }

    private static ObjectNode settings(String json) {
        return (ObjectNode) Json.parse(json);
    }
}
