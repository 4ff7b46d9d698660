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
 * Multipart uploads in progress and their parts as rows; each part's bytes are a blob of its own
 * until the upload completes, when the object's row names the parts' blobs in order.
 */
final class Uploads {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE s3_upload (
              upload_id TEXT NOT NULL PRIMARY KEY,
              bucket TEXT NOT NULL,
              key TEXT NOT NULL,
              initiated BIGINT NOT NULL,
              account TEXT NOT NULL,
              meta TEXT NOT NULL);
            CREATE INDEX s3_upload_listing ON s3_upload (bucket, key, upload_id);
            CREATE TABLE s3_part (
              upload_id TEXT NOT NULL,
              part_number INTEGER NOT NULL,
              blob TEXT NOT NULL,
              size BIGINT NOT NULL,
              etag TEXT NOT NULL,
              modified BIGINT NOT NULL,
              checksum TEXT,
              PRIMARY KEY (upload_id, part_number));
            """);

    /**
     * An upload: {@code meta} holds what CreateMultipartUpload set for the object (content headers,
     * Metadata, StorageClass) and its ChecksumAlgorithm and ChecksumType, by the API's names.
     */
    record Upload(String id, String bucket, String key, long initiated, String account, ObjectNode meta) {
        String checksumAlgorithm() {
            return meta.path("ChecksumAlgorithm").asText(null);
        }

        String checksumType() {
            return meta.path("ChecksumType").asText(null);
        }
    }

    /** A part; {@code checksum} is its additional checksum, base64, when it has one. */
    record Part(int number, String blob, long size, String etag, long modified, String checksum) {
    }

    Upload upload(Tx tx, String id) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT upload_id, bucket, key, initiated, account, meta FROM s3_upload WHERE upload_id = ?");
        Tx.bind(ps, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? upload(rs) : null;
        }
    }

    void insert(Tx tx, Upload u) throws SQLException {
        tx.update("INSERT INTO s3_upload (upload_id, bucket, key, initiated, account, meta) VALUES (?, ?, ?, ?, ?, ?)", u.id(), u.bucket(), u.key(),
                u.initiated(), u.account(), Json.string(u.meta()));
    }

    /** Removes an upload and its parts' rows; returns the parts, whose blobs the caller deletes or keeps. */
    List<Part> delete(Tx tx, String id) throws SQLException {
        List<Part> parts = parts(tx, id, 0, Integer.MAX_VALUE);
        tx.update("DELETE FROM s3_part WHERE upload_id = ?", id);
        tx.update("DELETE FROM s3_upload WHERE upload_id = ?", id);
        return parts;
    }

    /** Removes every upload of {@code bucket} and their parts' rows (a deleted bucket's); returns the parts' blobs, to delete after the commit. */
    List<String> deleteAll(Tx tx, String bucket) throws SQLException {
        List<String> blobs = new ArrayList<>();
        PreparedStatement ps = tx.sql("SELECT p.blob FROM s3_part p JOIN s3_upload u ON u.upload_id = p.upload_id WHERE u.bucket = ?");
        Tx.bind(ps, bucket);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                blobs.add(rs.getString(1));
            }
        }
        tx.update("DELETE FROM s3_part WHERE upload_id IN (SELECT upload_id FROM s3_upload WHERE bucket = ?)", bucket);
        tx.update("DELETE FROM s3_upload WHERE bucket = ?", bucket);
        return blobs;
    }

    /** Stores a part; returns the one it replaces (same number), whose blob the caller deletes after the commit. */
    Part put(Tx tx, String uploadId, Part p) throws SQLException {
        Part replaced = part(tx, uploadId, p.number());
        if (replaced != null) {
            tx.update("DELETE FROM s3_part WHERE upload_id = ? AND part_number = ?", uploadId, p.number());
        }
        tx.update("INSERT INTO s3_part (upload_id, part_number, blob, size, etag, modified, checksum) VALUES (?, ?, ?, ?, ?, ?, ?)", uploadId,
                p.number(), p.blob(), p.size(), p.etag(), p.modified(), p.checksum());
        return replaced;
    }

    private Part part(Tx tx, String uploadId, int number) throws SQLException {
        List<Part> one = parts(tx, uploadId, number - 1, 1);
        return one.isEmpty() || one.get(0).number() != number ? null : one.get(0);
    }

    /** Parts numbered above {@code after}, in order, at most {@code limit}. */
    List<Part> parts(Tx tx, String uploadId, int after, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT part_number, blob, size, etag, modified, checksum FROM s3_part WHERE upload_id = ? AND part_number > ?"
                + " ORDER BY part_number LIMIT ?");
        Tx.bind(ps, uploadId, after, limit);
        List<Part> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Part(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getString(6)));
            }
        }
        return out;
    }

    /**
     * A bucket's uploads in (key, upload id) order after ({@code afterKey}, {@code afterId}), keys
     * from {@code prefix} on (the caller stops where they leave it), at most {@code limit}.
     */
    List<Upload> list(Tx tx, String bucket, String prefix, String afterKey, String afterId, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT upload_id, bucket, key, initiated, account, meta FROM s3_upload WHERE bucket = ?"
                + " AND (key > ? OR (key = ? AND upload_id > ?)) AND key >= ? ORDER BY key, upload_id LIMIT ?");
        Tx.bind(ps, bucket, afterKey, afterKey, afterId, prefix, limit);
        List<Upload> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(upload(rs));
            }
        }
        return out;
    }

    /** Every blob a part names: what {@link BlobStore#sweep} keeps besides the objects'. */
    static Set<String> blobsNamed(Tx tx) throws SQLException {
        Set<String> out = new HashSet<>();
        try (ResultSet rs = tx.sql("SELECT blob FROM s3_part").executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Upload upload(ResultSet rs) throws SQLException {
        return new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), (ObjectNode) Json.parse(rs.getString(6)));
    }
}
