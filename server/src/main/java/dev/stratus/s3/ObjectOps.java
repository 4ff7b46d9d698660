package dev.stratus.s3;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.CopyObjectOutput;
import dev.stratus.s3.api.CopyObjectRequest;
import dev.stratus.s3.api.DeleteObjectOutput;
import dev.stratus.s3.api.DeleteObjectRequest;
import dev.stratus.s3.api.DeleteObjectTaggingOutput;
import dev.stratus.s3.api.DeleteObjectTaggingRequest;
import dev.stratus.s3.api.DeleteObjectsOutput;
import dev.stratus.s3.api.DeleteObjectsRequest;
import dev.stratus.s3.api.GetObjectAttributesOutput;
import dev.stratus.s3.api.GetObjectAttributesRequest;
import dev.stratus.s3.api.GetObjectRequest;
import dev.stratus.s3.api.GetObjectTaggingOutput;
import dev.stratus.s3.api.GetObjectTaggingRequest;
import dev.stratus.s3.api.ObjectIdentifier;
import dev.stratus.s3.api.PutObjectTaggingOutput;
import dev.stratus.s3.api.PutObjectTaggingRequest;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * S3's object operations beyond PUT and GET: copies, deletes (one or many, with versions and
 * conditions), tags and attributes. Built per call by {@link S3Service} over its parts.
 */
final class ObjectOps {
    /** The largest object CopyObject copies; bigger ones take UploadPartCopy. */
    static final long MAX_COPY = 5L * 1024 * 1024 * 1024;
    static final int MAX_DELETE = 1000;
    static final int MAX_PARTS = 10000;
    private static final Set<String> ATTRIBUTES = Set.of("ETag", "Checksum", "ObjectParts", "StorageClass", "ObjectSize");
    private static final List<String> CHECKSUMS = List.of("CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256");

    private final S3Service s3;
    private final Store store;
    private final Clock clock;
    private final BlobStore blobs;
    private final S3Repository repo;
    private final S3Events events;

    ObjectOps(S3Service s3, Store store, Clock clock, BlobStore blobs, S3Repository repo, S3Events events) {
        this.s3 = s3;
        this.store = store;
        this.clock = clock;
        this.blobs = blobs;
        this.repo = repo;
        this.events = events;
    }

    // ---- copies

    CopyObjectOutput copy(RequestContext ctx, CopyObjectRequest in) {
        CopySource from = CopySource.parse(in.copySource());
        ObjectKeys.check(in.key());
        boolean replaceMeta = directive(in.metadataDirective(), "metadata");
        boolean replaceTags = directive(in.taggingDirective(), "tagging");
        ArrayNode requestTags = replaceTags ? ObjectTags.fromHeader(in.tagging()) : null;
        ObjectVersion source = store.read(tx -> {
            s3.existing(tx, in.bucket());
            return copySource(tx, s3, repo, from);
        });
        Conditions.checkCopySource(source, in.copySourceIfMatch(), in.copySourceIfNoneMatch(), in.copySourceIfModifiedSince(),
                in.copySourceIfUnmodifiedSince());
        if (source.size() > MAX_COPY) {
            throw new AwsException("InvalidRequest", "The specified copy source is larger than the maximum allowable size for a copy source: " + MAX_COPY);
        }
        if (from.bucket().equals(in.bucket()) && from.key().equals(in.key()) && source.latest() && !replaceMeta && in.storageClass() == null
                && in.serverSideEncryption() == null && in.websiteRedirectLocation() == null) {
            throw new AwsException("InvalidRequest", "This copy request is illegal because it is trying to copy an object to itself without changing the "
                    + "object's metadata, storage class, website redirect location or encryption attributes.");
        }
        ObjectNode meta = replaceMeta ? requestMeta(in) : source.meta().deepCopy();
        meta.remove("StorageClass");
        if (in.storageClass() != null) {
            meta.put("StorageClass", in.storageClass());
        }
        ObjectTags.set(meta, replaceTags ? requestTags : (ArrayNode) source.meta().get(ObjectTags.MEMBER));
        Digests digests = new Digests(in.checksumAlgorithm() == null ? null : in.checksumAlgorithm().toUpperCase());
        BlobStore.Written written = copied(source, digests);
        try {
            String etag = "\"" + digests.md5Hex() + "\"";
            ObjectVersion stored = store.write(tx -> {
                Bucket b = s3.existing(tx, in.bucket());
                ObjectVersion o = new ObjectVersion(b.name(), in.key(), S3Service.newVersionId(b), true, false, written.size(), etag, clock.millis(),
                        ObjectData.of(written.id(), written.size()), meta);
                ObjectVersion replaced = repo.put(tx, o, !S3Service.versioningEnabled(b));
                if (replaced != null) {
                    tx.afterCommit(() -> blobs.delete(replaced.data().blobs()));
                }
                events.objectCreated(tx, ctx, b, o, "ObjectCreated:Copy");
                return o;
            });
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ETag", etag);
            result.put("LastModified", Instant.ofEpochMilli(stored.modified()));
            if (digests.algorithm() != null) {
                result.put("ChecksumType", "FULL_OBJECT");
                result.put(S3Service.checksumMember(digests.algorithm()), digests.checksum());
            }
            return Fields.of("CopyObjectResult", result).and("VersionId", S3Service.versionIdOf(stored))
                    .and("CopySourceVersionId", S3Service.versionIdOf(source)).as(CopyObjectOutput.class);
        } catch (RuntimeException e) {
            blobs.delete(List.of(written.id()));
            throw e;
        }
    }

    /** The version a copy (CopyObject or UploadPartCopy) reads: as GET finds it, except that naming a delete marker is a 400. */
    static ObjectVersion copySource(Tx tx, S3Service s3, S3Repository repo, CopySource from) throws SQLException {
        s3.existing(tx, from.bucket());
        Versions.checkId(from.versionId());
        if (from.versionId() != null) {
            ObjectVersion v = repo.version(tx, from.bucket(), from.key(), from.versionId());
            if (v != null && v.deleteMarker()) {
                throw new AwsException("InvalidRequest", "The source of a copy request may not specifically refer to a delete marker by version id.");
            }
        }
        return s3.readable(tx, from.bucket(), from.key(), from.versionId());
    }

    /** The source's bytes in a blob of the copy's own, so that deleting either leaves the other whole. */
    private BlobStore.Written copied(ObjectVersion source, Digests digests) {
        try (InputStream in = source.data().open(blobs, 0, source.size())) {
            return blobs.write(in, digests);
        } catch (IOException | UncheckedIOException e) {
            // The source was deleted while it was being copied.
            throw new AwsException("NoSuchKey", "The specified key does not exist.", 404).with("Key", source.key());
        }
    }

    /** COPY (the default) or REPLACE; S3 refuses anything else. Returns whether it is REPLACE. */
    private static boolean directive(String value, String what) {
        if (value == null || value.equals("COPY")) {
            return false;
        }
        if (value.equals("REPLACE")) {
            return true;
        }
        throw new AwsException("InvalidArgument", "Unknown " + what + " directive.").with("ArgumentName", "x-amz-" + what + "-directive")
                .with("ArgumentValue", value);
    }

    private static ObjectNode requestMeta(CopyObjectRequest in) {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        meta.put("ContentType", in.contentType() == null ? "binary/octet-stream" : in.contentType());
        putIfSet(meta, "ContentEncoding", in.contentEncoding());
        putIfSet(meta, "ContentDisposition", in.contentDisposition());
        putIfSet(meta, "ContentLanguage", in.contentLanguage());
        putIfSet(meta, "CacheControl", in.cacheControl());
        putIfSet(meta, "Expires", in.expires());
        if (in.metadata() != null && !in.metadata().isEmpty()) {
            meta.set("Metadata", Json.tree(in.metadata()));
        }
        return meta;
    }

    private static void putIfSet(ObjectNode meta, String name, String value) {
        if (value != null) {
            meta.put(name, value);
        }
    }

    // ---- reads

    /** GetObject's response-* parameters: the headers they set in place of the object's own. */
    static Map<String, Object> responseOverrides(GetObjectRequest in) {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfSet(out, "ContentType", in.responseContentType());
        putIfSet(out, "ContentLanguage", in.responseContentLanguage());
        putIfSet(out, "ContentDisposition", in.responseContentDisposition());
        putIfSet(out, "ContentEncoding", in.responseContentEncoding());
        putIfSet(out, "CacheControl", in.responseCacheControl());
        putIfSet(out, "Expires", in.responseExpires() == null ? null : Conditions.httpDate(in.responseExpires().toEpochMilli()));
        return out;
    }

    /**
     * The bytes of part {@code partNumber}: the part's blob segment for an object a multipart
     * upload made, the whole object as part 1 of any other; null without a part number.
     */
    static ByteRange partRange(ObjectVersion o, Integer partNumber, String range) {
        if (partNumber == null) {
            return null;
        }
        if (range != null) {
            throw new AwsException("InvalidRequest", "Cannot specify both Range header and partNumber query parameter.");
        }
        if (partNumber < 1 || partNumber > MAX_PARTS) {
            throw new AwsException("InvalidArgument", "Part number must be an integer between 1 and " + MAX_PARTS + ", inclusive")
                    .with("ArgumentName", "partNumber").with("ArgumentValue", String.valueOf(partNumber));
        }
        List<ObjectData.Segment> segments = o.data().segments();
        Integer parts = partsCount(o);
        boolean bySegment = parts != null && parts == segments.size();
        if (partNumber > (bySegment ? parts : 1) || o.size() == 0) {
            throw new AwsException("InvalidPartNumber", "The requested partnumber is not satisfiable", 416).with("PartNumberRequested",
                    String.valueOf(partNumber)).with("ActualPartCount", String.valueOf(bySegment ? parts : 1));
        }
        if (!bySegment) {
            return new ByteRange(0, o.size() - 1);
        }
        long first = 0;
        for (int i = 0; i < partNumber - 1; i++) {
            first += segments.get(i).size();
        }
        return new ByteRange(first, first + segments.get(partNumber - 1).size() - 1);
    }

    private static void putIfSet(Map<String, Object> out, String name, String value) {
        if (value != null) {
            out.put(name, value);
        }
    }

    // ---- deletes

    /** What deleting one key (or one version of it) did: the version removed or the marker left. */
    record Deleted(String versionId, boolean deleteMarker, String markerVersionId) {
    }

    DeleteObjectOutput deleteObject(RequestContext ctx, DeleteObjectRequest in) {
        Versions.checkId(in.versionId());
        Deleted d = store.write(tx -> deleteOne(tx, ctx, s3.existing(tx, in.bucket()), in.key(), in.versionId(), in.ifMatch()));
        return Fields.of("DeleteMarker", d.deleteMarker() ? true : null)
                .and("VersionId", d.versionId() != null ? d.versionId() : d.markerVersionId()).as(DeleteObjectOutput.class);
    }

    /**
     * Deletes {@code versionId} of {@code key}, or, without one, the key: a versioned bucket then
     * gets a delete marker, an unversioned one loses the object. A key or version that is not
     * there is deleted already. {@code ifMatch} must name the current ETag when given.
     */
    Deleted deleteOne(Tx tx, RequestContext ctx, Bucket b, String key, String versionId, String ifMatch) throws SQLException {
        if (ifMatch != null) {
            Conditions.checkWrite(versionId == null ? repo.latest(tx, b.name(), key) : repo.version(tx, b.name(), key, versionId), ifMatch, null, key);
        }
        if (versionId != null) {
            ObjectVersion v = repo.version(tx, b.name(), key, versionId);
            if (v == null) {
                return new Deleted(versionId, false, null);
            }
            repo.deleteVersion(tx, v);
            tx.afterCommit(() -> blobs.delete(v.data().blobs()));
            events.objectRemoved(tx, ctx, b, v, "ObjectRemoved:Delete");
            return new Deleted(versionId, v.deleteMarker(), null);
        }
        if (S3Service.versioned(b)) {
            ObjectVersion marker = new ObjectVersion(b.name(), key, S3Service.newVersionId(b), true, true, 0, "", clock.millis(), ObjectData.EMPTY,
                    JsonNodeFactory.instance.objectNode());
            ObjectVersion replaced = repo.put(tx, marker, !S3Service.versioningEnabled(b));
            if (replaced != null) {
                tx.afterCommit(() -> blobs.delete(replaced.data().blobs()));
            }
            events.objectRemoved(tx, ctx, b, marker, "ObjectRemoved:DeleteMarkerCreated");
            return new Deleted(null, true, marker.versionId());
        }
        ObjectVersion current = repo.latest(tx, b.name(), key);
        if (current != null) {
            repo.deleteVersion(tx, current);
            tx.afterCommit(() -> blobs.delete(current.data().blobs()));
            events.objectRemoved(tx, ctx, b, current, "ObjectRemoved:Delete");
        }
        return new Deleted(null, false, null);
    }

    /** Up to 1000 keys in one transaction; a key that fails is an Error of the answer, the others are deleted. */
    DeleteObjectsOutput deleteObjects(RequestContext ctx, DeleteObjectsRequest in) {
        List<ObjectIdentifier> keys = in.delete() == null || in.delete().objects() == null ? List.of() : in.delete().objects();
        if (keys.isEmpty() || keys.size() > MAX_DELETE) {
            throw Versions.malformedXml();
        }
        boolean quiet = Boolean.TRUE.equals(in.delete().quiet());
        List<Map<String, Object>> deleted = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        store.write(tx -> {
            Bucket b = s3.existing(tx, in.bucket());
            for (ObjectIdentifier id : keys) {
                if (id.key() == null) {
                    throw Versions.malformedXml();
                }
                try {
                    Versions.checkId(id.versionId());
                    Deleted d = deleteOne(tx, ctx, b, id.key(), id.versionId(), id.eTag());
                    if (!quiet) {
                        deleted.add(deletedEntry(id.key(), d));
                    }
                } catch (AwsException e) {
                    Map<String, Object> err = new LinkedHashMap<>();
                    err.put("Key", id.key());
                    if (id.versionId() != null) {
                        err.put("VersionId", id.versionId());
                    }
                    err.put("Code", e.code());
                    err.put("Message", e.getMessage());
                    errors.add(err);
                }
            }
            return null;
        });
        return Fields.of("Deleted", deleted.isEmpty() ? null : deleted).and("Errors", errors.isEmpty() ? null : errors).as(DeleteObjectsOutput.class);
    }

    private static Map<String, Object> deletedEntry(String key, Deleted d) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("Key", key);
        if (d.versionId() != null) {
            e.put("VersionId", d.versionId());
        }
        if (d.deleteMarker()) {
            e.put("DeleteMarker", true);
            e.put("DeleteMarkerVersionId", d.versionId() != null ? d.versionId() : d.markerVersionId());
        }
        return e;
    }

    // ---- tags

    PutObjectTaggingOutput putTagging(PutObjectTaggingRequest in) {
        if (in.tagging() == null || in.tagging().tagSet() == null) {
            throw Versions.malformedXml();
        }
        ArrayNode tags = ObjectTags.of(in.tagging().tagSet());
        ObjectVersion o = store.write(tx -> {
            ObjectVersion v = s3.readable(tx, in.bucket(), in.key(), in.versionId());
            ObjectTags.set(v.meta(), tags);
            repo.saveMeta(tx, v);
            return v;
        });
        return Fields.of("VersionId", S3Service.versionIdOf(o)).as(PutObjectTaggingOutput.class);
    }

    GetObjectTaggingOutput getTagging(GetObjectTaggingRequest in) {
        ObjectVersion o = store.read(tx -> s3.readable(tx, in.bucket(), in.key(), in.versionId()));
        return Fields.of("VersionId", S3Service.versionIdOf(o)).and("TagSet", ObjectTags.of(o)).as(GetObjectTaggingOutput.class);
    }

    DeleteObjectTaggingOutput deleteTagging(DeleteObjectTaggingRequest in) {
        ObjectVersion o = store.write(tx -> {
            ObjectVersion v = s3.readable(tx, in.bucket(), in.key(), in.versionId());
            ObjectTags.set(v.meta(), null);
            repo.saveMeta(tx, v);
            return v;
        });
        return Fields.of("VersionId", S3Service.versionIdOf(o)).as(DeleteObjectTaggingOutput.class);
    }

    // ---- attributes

    /**
     * The attributes asked for. The ETag is unquoted here, as S3 answers it; ObjectParts counts
     * the parts of an object a multipart upload made (its ETag ends in -N).
     */
    GetObjectAttributesOutput attributes(GetObjectAttributesRequest in) {
        List<String> asked = in.objectAttributes() == null ? List.of() : in.objectAttributes();
        if (asked.isEmpty()) {
            throw new AwsException("InvalidRequest", "The x-amz-object-attributes header specifying the attributes to be retrieved is either missing or empty");
        }
        for (String a : asked) {
            if (!ATTRIBUTES.contains(a)) {
                throw new AwsException("InvalidArgument", "Invalid attribute name specified.").with("ArgumentName", "x-amz-object-attributes")
                        .with("ArgumentValue", a);
            }
        }
        ObjectVersion o = store.read(tx -> s3.readable(tx, in.bucket(), in.key(), in.versionId()));
        Fields f = Fields.of("LastModified", Instant.ofEpochMilli(o.modified())).and("VersionId", S3Service.versionIdOf(o));
        if (asked.contains("ETag")) {
            f.and("ETag", o.etag().replace("\"", ""));
        }
        if (asked.contains("ObjectSize")) {
            f.and("ObjectSize", o.size());
        }
        if (asked.contains("StorageClass")) {
            f.and("StorageClass", o.meta().path("StorageClass").asText("STANDARD"));
        }
        if (asked.contains("Checksum")) {
            f.and("Checksum", storedChecksum(o));
        }
        Integer parts = partsCount(o);
        if (asked.contains("ObjectParts") && parts != null) {
            f.and("ObjectParts", Map.of("TotalPartsCount", parts));
        }
        return f.as(GetObjectAttributesOutput.class);
    }

    /** The checksum members an object's meta holds (ChecksumCRC32, …, ChecksumType), null without any. */
    private static Map<String, String> storedChecksum(ObjectVersion o) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String algorithm : CHECKSUMS) {
            String v = o.meta().path("Checksum" + algorithm).asText(null);
            if (v != null) {
                out.put("Checksum" + algorithm, v);
            }
        }
        if (!out.isEmpty()) {
            out.put("ChecksumType", o.meta().path("ChecksumType").asText("FULL_OBJECT"));
        }
        return out.isEmpty() ? null : out;
    }

    /** The part count of a multipart upload's object (an ETag "md5-N"), null for any other. */
    static Integer partsCount(ObjectVersion o) {
        String etag = o.etag().replace("\"", "");
        int dash = etag.lastIndexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            return Integer.parseInt(etag.substring(dash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
