package dev.stratus.s3;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.StreamingBlob;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.Uploads.Part;
import dev.stratus.s3.Uploads.Upload;
import dev.stratus.s3.api.AbortMultipartUploadOutput;
import dev.stratus.s3.api.AbortMultipartUploadRequest;
import dev.stratus.s3.api.CompleteMultipartUploadOutput;
import dev.stratus.s3.api.CompleteMultipartUploadRequest;
import dev.stratus.s3.api.CompletedPart;
import dev.stratus.s3.api.CreateMultipartUploadOutput;
import dev.stratus.s3.api.CreateMultipartUploadRequest;
import dev.stratus.s3.api.ListMultipartUploadsOutput;
import dev.stratus.s3.api.ListMultipartUploadsRequest;
import dev.stratus.s3.api.ListPartsOutput;
import dev.stratus.s3.api.ListPartsRequest;
import dev.stratus.s3.api.UploadPartCopyOutput;
import dev.stratus.s3.api.UploadPartCopyRequest;
import dev.stratus.s3.api.UploadPartOutput;
import dev.stratus.s3.api.UploadPartRequest;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S3's multipart uploads: parts stream to blobs of their own; completing names the chosen parts'
 * blobs, in order, as the object's data (no copy), deletes the parts not chosen after the commit,
 * and takes the object's ETag (the MD5 of the parts' MD5s, {@code -N}) and checksum from the parts'.
 */
final class Multipart {
    static final int MAX_PARTS = 10_000;
    /** The least a part but the last may be, checked when the upload completes (as S3 does). */
    static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    static final long MAX_PART_SIZE = 5L * 1024 * 1024 * 1024;
    private static final int MAX_LISTED = 1000;
    private static final int BATCH = 1000;
    /** Greater than any upload id: as the id after a key marker, skips every upload of that key. */
    private static final String PAST_IDS = "~";
    private static final Pattern COPY_RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    private final Store store;
    private final Clock clock;
    private final BlobStore blobs;
    private final S3Repository repo;
    private final Uploads uploads = new Uploads();
    private final S3Events events;
    private final S3Service s3;

    Multipart(Store store, Clock clock, BlobStore blobs, S3Repository repo, S3Events events, S3Service s3) {
        this.store = store;
        this.clock = clock;
        this.blobs = blobs;
        this.repo = repo;
        this.events = events;
        this.s3 = s3;
    }

    CreateMultipartUploadOutput create(RequestContext ctx, CreateMultipartUploadRequest in) {
        ObjectKeys.check(in.key());
        String algorithm = Checksums.named(in.checksumAlgorithm());
        String type = Checksums.uploadType(algorithm, in.checksumType());
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        put(meta, "ContentType", in.contentType() == null ? "binary/octet-stream" : in.contentType());
        put(meta, "ContentEncoding", in.contentEncoding());
        put(meta, "ContentDisposition", in.contentDisposition());
        put(meta, "ContentLanguage", in.contentLanguage());
        put(meta, "CacheControl", in.cacheControl());
        put(meta, "Expires", in.expires());
        put(meta, "StorageClass", in.storageClass());
        if (in.metadata() != null && !in.metadata().isEmpty()) {
            meta.set("Metadata", Json.tree(in.metadata()));
        }
        put(meta, "ChecksumAlgorithm", algorithm);
        put(meta, "ChecksumType", type);
        long now = clock.millis();
        // Ids that sort in the order uploads began, as ListMultipartUploads lists a key's uploads.
        String id = String.format("%012x", now) + UUID.randomUUID().toString().replace("-", "");
        store.write(tx -> {
            Bucket b = s3.existing(tx, in.bucket());
            uploads.insert(tx, new Upload(id, b.name(), in.key(), now, ctx.accountId(), meta));
            return null;
        });
        return Fields.of("Bucket", in.bucket()).and("Key", in.key()).and("UploadId", id).and("ChecksumAlgorithm", algorithm)
                .and("ChecksumType", type).as(CreateMultipartUploadOutput.class);
    }

    UploadPartOutput uploadPart(RequestContext ctx, UploadPartRequest in) {
        Upload u;
        try {
            checkPartNumber(in.partNumber());
            u = store.read(tx -> open(tx, in.bucket(), in.key(), in.uploadId()));
        } catch (AwsException e) {
            discard(in.body());
            throw e;
        }
        if (in.body() != null && in.body().length() > MAX_PART_SIZE) {
            throw new AwsException("EntityTooLarge", "Your proposed upload exceeds the maximum allowed size").with("ProposedSize",
                    String.valueOf(in.body().length())).with("MaxSizeAllowed", String.valueOf(MAX_PART_SIZE));
        }
        Checksums.Claim claim = Checksums.claimed(in.checksumAlgorithm(), Checksums.sent(in.checksumCRC32(), in.checksumCRC32C(),
                in.checksumCRC64NVME(), in.checksumSHA1(), in.checksumSHA256()), in.body() == null ? null : in.body().declaredTrailer());
        String algorithm = partAlgorithm(u, claim.algorithm());
        Digests digests = new Digests(algorithm);
        BlobStore.Written written = s3.receive(in.body(), digests);
        try {
            S3Service.checkContentMd5(in.contentMD5(), digests);
            if (claim.algorithm() != null) {
                Checksums.verify(claim.algorithm(), claim.value(in.body() == null ? Map.of() : in.body().trailers()), digests.checksumBytes());
            }
            Part part = new Part(in.partNumber(), written.id(), written.size(), "\"" + digests.md5Hex() + "\"", clock.millis(), digests.checksum());
            store(in.bucket(), in.key(), in.uploadId(), part);
            return withChecksum(Fields.of("ETag", part.etag()), algorithm, part.checksum()).as(UploadPartOutput.class);
        } catch (RuntimeException e) {
            blobs.delete(List.of(written.id()));
            throw e;
        }
    }

    UploadPartCopyOutput uploadPartCopy(RequestContext ctx, UploadPartCopyRequest in) {
        checkPartNumber(in.partNumber());
        CopySource source = CopySource.parse(in.copySource());
        record Read(Upload upload, ObjectVersion object) {
        }
        Read read = store.read(tx -> {
            Upload u = open(tx, in.bucket(), in.key(), in.uploadId());
            return new Read(u, ObjectOps.copySource(tx, s3, repo, source));
        });
        ObjectVersion o = read.object();
        Conditions.checkCopySource(o, in.copySourceIfMatch(), in.copySourceIfNoneMatch(), in.copySourceIfModifiedSince(), in.copySourceIfUnmodifiedSince());
        long[] range = copyRange(in.copySourceRange(), o.size());
        String algorithm = read.upload().checksumAlgorithm();
        Digests digests = new Digests(algorithm);
        BlobStore.Written written;
        try (InputStream bytes = o.data().open(blobs, range[0], range[1])) {
            written = blobs.write(bytes, digests);
        } catch (IOException | java.io.UncheckedIOException e) {
            // The source was deleted while it was being copied, as CopyObject answers it (not a 500).
            throw new AwsException("NoSuchKey", "The specified key does not exist.", 404).with("Key", o.key());
        }
        try {
            Part part = new Part(in.partNumber(), written.id(), written.size(), "\"" + digests.md5Hex() + "\"", clock.millis(), digests.checksum());
            store(in.bucket(), in.key(), in.uploadId(), part);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ETag", part.etag());
            result.put("LastModified", Instant.ofEpochMilli(part.modified()));
            if (algorithm != null) {
                result.put(Checksums.member(algorithm), part.checksum());
            }
            return Fields.of("CopyPartResult", result).and("CopySourceVersionId", ObjectData.NULL_VERSION.equals(o.versionId()) ? null : o.versionId())
                    .as(UploadPartCopyOutput.class);
        } catch (RuntimeException e) {
            blobs.delete(List.of(written.id()));
            throw e;
        }
    }

    /** At most this much of a refused part's body is read before the refusal is answered. */
    private static final int DISCARDED = 1024 * 1024;

    /**
     * Reads what is left of a refused part's body, up to {@link #DISCARDED}: a client that writes
     * its whole body before it reads the answer (the Java SDK's URL-connection client) then sees
     * S3's error rather than a connection closed under it; a larger body is left, and the
     * connection closed, as before.
     */
    private static void discard(StreamingBlob body) {
        if (body == null) {
            return;
        }
        try (InputStream in = body.open()) {
            in.readNBytes(DISCARDED);
        } catch (IOException | RuntimeException e) {
            // the refusal is answered whatever was left unread
        }
    }

    /** Records a part received; the upload may have been completed or aborted meanwhile, when the part is refused and its blob removed. */
    private void store(String bucket, String key, String uploadId, Part part) {
        Part replaced = store.write(tx -> {
            open(tx, bucket, key, uploadId);
            return uploads.put(tx, uploadId, part);
        });
        if (replaced != null) {
            blobs.delete(List.of(replaced.blob()));
        }
    }

    CompleteMultipartUploadOutput complete(RequestContext ctx, CompleteMultipartUploadRequest in) {
        List<CompletedPart> named = in.multipartUpload() == null || in.multipartUpload().parts() == null ? List.of() : in.multipartUpload().parts();
        if (named.isEmpty()) {
            throw new AwsException("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");
        }
        for (int i = 1; i < named.size(); i++) {
            if (number(named.get(i)) <= number(named.get(i - 1))) {
                throw new AwsException("InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.")
                        .with("UploadId", in.uploadId());
            }
        }
        record Done(ObjectVersion object, String algorithm, String checksum, String type) {
        }
        Done done = store.write(tx -> {
            Bucket b = s3.existing(tx, in.bucket());
            Upload u = open(tx, in.bucket(), in.key(), in.uploadId());
            Map<Integer, Part> stored = new LinkedHashMap<>();
            for (Part p : uploads.parts(tx, u.id(), 0, Integer.MAX_VALUE)) {
                stored.put(p.number(), p);
            }
            List<Part> chosen = chosen(u, named, stored);
            String algorithm = u.checksumAlgorithm();
            String checksum = algorithm == null ? null : objectChecksum(u, chosen);
            verifyObjectChecksum(in, algorithm, checksum);
            long size = chosen.stream().mapToLong(Part::size).sum();
            if (in.mpuObjectSize() != null && in.mpuObjectSize() != size) {
                throw new AwsException("InvalidRequest", "The provided 'x-amz-mp-object-size' header value " + in.mpuObjectSize()
                        + " does not match what was computed: " + size);
            }
            ObjectNode meta = u.meta().deepCopy();
            meta.remove("ChecksumAlgorithm");
            meta.remove("ChecksumType");
            Checksums.store(meta, algorithm, checksum, u.checksumType());
            List<ObjectData.Segment> segments = chosen.stream().filter(p -> p.size() > 0).map(p -> new ObjectData.Segment(p.blob(), p.size())).toList();
            ObjectVersion o = new ObjectVersion(b.name(), u.key(), S3Service.newVersionId(b), true, false, size, etag(chosen), clock.millis(),
                    new ObjectData(segments), meta);
            List<Part> all = uploads.delete(tx, u.id());
            List<String> unused = all.stream().filter(p -> !chosen.contains(p) || p.size() == 0).map(Part::blob).toList();
            ObjectVersion replaced = repo.put(tx, o, !S3Service.versioningEnabled(b));
            tx.afterCommit(() -> blobs.delete(unused));
            if (replaced != null) {
                tx.afterCommit(() -> blobs.delete(replaced.data().blobs()));
            }
            events.objectCreated(tx, ctx, b, o, "ObjectCreated:CompleteMultipartUpload");
            return new Done(o, algorithm, checksum, algorithm == null ? null : u.checksumType());
        });
        ObjectVersion o = done.object();
        Fields out = Fields.of("Location", "http://" + ctx.host() + "/" + o.bucket() + "/" + o.key()).and("Bucket", o.bucket()).and("Key", o.key())
                .and("ETag", o.etag()).and("VersionId", ObjectData.NULL_VERSION.equals(o.versionId()) ? null : o.versionId())
                .and("ChecksumType", done.type());
        return withChecksum(out, done.algorithm(), done.checksum()).as(CompleteMultipartUploadOutput.class);
    }

    /** The parts the request names, each uploaded with the ETag (and checksum) it gives, all but the last at least 5 MiB. */
    private List<Part> chosen(Upload u, List<CompletedPart> named, Map<Integer, Part> stored) {
        String algorithm = u.checksumAlgorithm();
        List<Part> chosen = new ArrayList<>();
        for (CompletedPart c : named) {
            Part p = stored.get(number(c));
            String givenChecksum = algorithm == null ? null : Checksums.sent(c.checksumCRC32(), c.checksumCRC32C(), c.checksumCRC64NVME(),
                    c.checksumSHA1(), c.checksumSHA256()).get(algorithm);
            if (p == null || c.eTag() == null || !unquoted(c.eTag()).equals(unquoted(p.etag()))
                    || (givenChecksum != null && !givenChecksum.equals(p.checksum()))) {
                throw new AwsException("InvalidPart", "One or more of the specified parts could not be found.  The part may not have been uploaded, "
                        + "or the specified entity tag may not have matched the part's entity tag.").with("UploadId", u.id())
                        .with("PartNumber", String.valueOf(number(c))).with("ETag", c.eTag());
            }
            if (algorithm != null && Checksums.COMPOSITE.equals(u.checksumType()) && givenChecksum == null) {
                throw new AwsException("InvalidRequest", "The upload was created using a " + algorithm.toLowerCase() + " checksum. The complete request "
                        + "must include the checksum for each part. It was missing for part " + number(c) + " in the request.");
            }
            chosen.add(p);
        }
        for (int i = 0; i < chosen.size() - 1; i++) {
            Part p = chosen.get(i);
            if (p.size() < MIN_PART_SIZE) {
                throw new AwsException("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.")
                        .with("ProposedSize", String.valueOf(p.size())).with("MinSizeAllowed", String.valueOf(MIN_PART_SIZE))
                        .with("PartNumber", String.valueOf(p.number())).with("ETag", unquoted(p.etag()));
            }
        }
        return chosen;
    }

    /** The object's checksum from its parts': COMPOSITE ({@code -N}) or FULL_OBJECT, as the upload was created. */
    private static String objectChecksum(Upload u, List<Part> chosen) {
        String algorithm = u.checksumAlgorithm();
        List<byte[]> sums = chosen.stream().map(p -> Base64.getDecoder().decode(p.checksum())).toList();
        if (Checksums.FULL_OBJECT.equals(u.checksumType())) {
            return Checksums.base64(Checksums.fullObject(algorithm, sums, chosen.stream().map(Part::size).toList()));
        }
        return Checksums.base64(Checksums.composite(algorithm, sums)) + "-" + chosen.size();
    }

    /** A whole-object checksum sent with the completion must be the one the parts make. */
    private static void verifyObjectChecksum(CompleteMultipartUploadRequest in, String algorithm, String checksum) {
        Map<String, String> sent = Checksums.sent(in.checksumCRC32(), in.checksumCRC32C(), in.checksumCRC64NVME(), in.checksumSHA1(),
                in.checksumSHA256());
        for (Map.Entry<String, String> e : sent.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!e.getKey().equals(algorithm)) {
                throw new AwsException("InvalidRequest", "The upload was created using " + (algorithm == null ? "a null" : "the " + algorithm.toLowerCase())
                        + " checksum. The complete request must use the same checksum.");
            }
            if (!withoutCount(e.getValue()).equals(withoutCount(checksum))) {
                throw new AwsException("BadDigest", "The " + algorithm + " you specified did not match the calculated checksum.");
            }
        }
    }

    AbortMultipartUploadOutput abort(RequestContext ctx, AbortMultipartUploadRequest in) {
        store.write(tx -> {
            s3.existing(tx, in.bucket());
            Upload u = open(tx, in.bucket(), in.key(), in.uploadId());
            if (in.ifMatchInitiatedTime() != null && in.ifMatchInitiatedTime().toEpochMilli() / 1000 != u.initiated() / 1000) {
                throw new AwsException("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412)
                        .with("Condition", "x-amz-if-match-initiated-time");
            }
            List<Part> removed = uploads.delete(tx, u.id());
            tx.afterCommit(() -> blobs.delete(removed.stream().map(Part::blob).toList()));
            return null;
        });
        return Fields.of("RequestCharged", null).as(AbortMultipartUploadOutput.class);
    }

    ListPartsOutput listParts(RequestContext ctx, ListPartsRequest in) {
        int max = in.maxParts() == null ? MAX_LISTED : Math.min(in.maxParts(), MAX_LISTED);
        if (max < 0) {
            throw new AwsException("InvalidArgument", "Argument max-parts must be an integer between 0 and 2147483647").with("ArgumentName", "max-parts")
                    .with("ArgumentValue", String.valueOf(in.maxParts()));
        }
        int marker = in.partNumberMarker() == null ? 0 : in.partNumberMarker();
        record Listed(Upload upload, List<Part> parts) {
        }
        Listed listed = store.read(tx -> {
            s3.existing(tx, in.bucket());
            Upload u = open(tx, in.bucket(), in.key(), in.uploadId());
            return new Listed(u, uploads.parts(tx, u.id(), marker, max + 1));
        });
        Upload u = listed.upload();
        boolean truncated = listed.parts().size() > max;
        List<Part> page = truncated ? listed.parts().subList(0, max) : listed.parts();
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Part p : page) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("PartNumber", p.number());
            m.put("LastModified", Instant.ofEpochMilli(p.modified()));
            m.put("ETag", p.etag());
            m.put("Size", p.size());
            if (u.checksumAlgorithm() != null && p.checksum() != null) {
                m.put(Checksums.member(u.checksumAlgorithm()), p.checksum());
            }
            parts.add(m);
        }
        return Fields.of("Bucket", u.bucket()).and("Key", u.key()).and("UploadId", u.id()).and("PartNumberMarker", marker)
                .and("NextPartNumberMarker", page.isEmpty() ? null : page.get(page.size() - 1).number()).and("MaxParts", max)
                .and("IsTruncated", truncated).and("Parts", parts.isEmpty() ? null : parts).and("Initiator", S3Service.owner(u.account()))
                .and("Owner", S3Service.owner(u.account())).and("StorageClass", u.meta().path("StorageClass").asText("STANDARD"))
                .and("ChecksumAlgorithm", u.checksumAlgorithm()).and("ChecksumType", u.checksumType()).as(ListPartsOutput.class);
    }

    ListMultipartUploadsOutput listUploads(RequestContext ctx, ListMultipartUploadsRequest in) {
        int max = in.maxUploads() == null ? MAX_LISTED : Math.min(in.maxUploads(), MAX_LISTED);
        if (max < 0) {
            throw new AwsException("InvalidArgument", "Argument max-uploads must be an integer between 0 and 2147483647")
                    .with("ArgumentName", "max-uploads").with("ArgumentValue", String.valueOf(in.maxUploads()));
        }
        boolean url = "url".equals(in.encodingType());
        if (in.encodingType() != null && !url) {
            throw new AwsException("InvalidArgument", "Invalid Encoding Method specified in Request").with("ArgumentName", "encoding-type")
                    .with("ArgumentValue", in.encodingType());
        }
        String prefix = in.prefix() == null ? "" : in.prefix();
        String delimiter = in.delimiter() == null || in.delimiter().isEmpty() ? null : in.delimiter();
        UploadsPage page = store.read(tx -> {
            Bucket b = s3.existing(tx, in.bucket());
            return uploadsPage(tx, b.name(), prefix, delimiter, in.keyMarker(), in.uploadIdMarker(), max);
        });
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Upload u : page.uploads()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("UploadId", u.id());
            m.put("Key", Listing.encoded(u.key(), url));
            m.put("Initiated", Instant.ofEpochMilli(u.initiated()));
            m.put("StorageClass", u.meta().path("StorageClass").asText("STANDARD"));
            m.put("Owner", S3Service.owner(u.account()));
            m.put("Initiator", S3Service.owner(u.account()));
            if (u.checksumAlgorithm() != null) {
                m.put("ChecksumAlgorithm", u.checksumAlgorithm());
                m.put("ChecksumType", u.checksumType());
            }
            listed.add(m);
        }
        List<Map<String, String>> prefixes = page.prefixes().stream().map(p -> Map.of("Prefix", Listing.encoded(p, url))).toList();
        return Fields.of("Bucket", in.bucket()).and("KeyMarker", in.keyMarker() == null ? "" : Listing.encoded(in.keyMarker(), url))
                .and("UploadIdMarker", in.uploadIdMarker() == null ? "" : in.uploadIdMarker())
                .and("NextKeyMarker", page.truncated() && page.nextKey() != null ? Listing.encoded(page.nextKey(), url) : null)
                .and("NextUploadIdMarker", page.truncated() && page.nextKey() != null ? page.nextId() : null).and("Prefix", Listing.encoded(prefix, url))
                .and("Delimiter", delimiter == null ? null : Listing.encoded(delimiter, url)).and("MaxUploads", max).and("IsTruncated", page.truncated())
                .and("Uploads", listed.isEmpty() ? null : listed).and("CommonPrefixes", prefixes.isEmpty() ? null : prefixes)
                .and("EncodingType", in.encodingType()).as(ListMultipartUploadsOutput.class);
    }

    /** One page of uploads and common prefixes in key order; {@code nextKey}/{@code nextId} is the last listed (a prefix has no id). */
    record UploadsPage(List<Upload> uploads, List<String> prefixes, boolean truncated, String nextKey, String nextId) {
    }

    private UploadsPage uploadsPage(Tx tx, String bucket, String prefix, String delimiter, String keyMarker, String idMarker, int max)
            throws SQLException {
        List<Upload> listed = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String key = keyMarker == null ? "" : keyMarker;
        // After a key marker alone come the next keys' uploads; after a common prefix, the keys past all of it.
        String id = keyMarker == null ? "" : idMarker != null ? idMarker : PAST_IDS;
        if (keyMarker != null && idMarker == null && keyMarker.equals(rolledUp(keyMarker, prefix, delimiter))) {
            key = keyMarker + Listing.PAST_PREFIX;
        }
        String lastKey = null;
        String lastId = null;
        while (true) {
            List<Upload> batch = uploads.list(tx, bucket, prefix, key, id, BATCH);
            boolean skipped = false;
            for (Upload u : batch) {
                if (!u.key().startsWith(prefix)) {
                    return new UploadsPage(listed, prefixes, false, lastKey, lastId);
                }
                if (listed.size() + prefixes.size() == max) {
                    return new UploadsPage(listed, prefixes, true, lastKey, lastId);
                }
                String rolled = rolledUp(u.key(), prefix, delimiter);
                if (rolled != null) {
                    prefixes.add(rolled);
                    lastKey = rolled;
                    lastId = null;
                    key = rolled + Listing.PAST_PREFIX;
                    id = PAST_IDS;
                    skipped = true;
                    break;
                }
                listed.add(u);
                lastKey = u.key();
                lastId = u.id();
                key = u.key();
                id = u.id();
            }
            if (!skipped && batch.size() < BATCH) {
                return new UploadsPage(listed, prefixes, false, lastKey, lastId);
            }
        }
    }

    private static String rolledUp(String key, String prefix, String delimiter) {
        if (delimiter == null) {
            return null;
        }
        int at = key.indexOf(delimiter, prefix.length());
        return at < 0 ? null : key.substring(0, at + delimiter.length());
    }

    /** The upload, in progress, of {@code bucket}/{@code key}: else S3's NoSuchUpload. */
    private Upload open(Tx tx, String bucket, String key, String uploadId) throws SQLException {
        Upload u = uploadId == null ? null : uploads.upload(tx, uploadId);
        if (u == null || !u.bucket().equals(bucket) || !u.key().equals(key)) {
            s3.existing(tx, bucket);
            throw new AwsException("NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been "
                    + "aborted or completed.", 404).with("UploadId", uploadId);
        }
        return u;
    }

    /** The checksum a part is taken with: the upload's; a part may not send another. */
    private static String partAlgorithm(Upload u, String claimed) {
        String created = u.checksumAlgorithm();
        if (created != null && claimed != null && !created.equals(claimed)) {
            throw new AwsException("InvalidRequest", "Checksum Type mismatch occurred, expected checksum Type: " + created.toLowerCase()
                    + ", actual checksum Type: " + claimed.toLowerCase());
        }
        return created != null ? created : claimed;
    }

    private static void checkPartNumber(Integer n) {
        if (n == null || n < 1 || n > MAX_PARTS) {
            throw new AwsException("InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive").with("ArgumentName", "partNumber")
                    .with("ArgumentValue", String.valueOf(n));
        }
    }

    private static int number(CompletedPart c) {
        if (c.partNumber() == null) {
            throw new AwsException("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");
        }
        return c.partNumber();
    }

    /** The ETag of a multipart object: the MD5 of its parts' MD5s, as bytes, and how many parts. */
    static String etag(List<Part> parts) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Part p : parts) {
            md5.update(HexFormat.of().parseHex(unquoted(p.etag())));
        }
        return "\"" + HexFormat.of().formatHex(md5.digest()) + "-" + parts.size() + "\"";
    }

    private static String unquoted(String etag) {
        String s = etag.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String withoutCount(String checksum) {
        int dash = checksum.indexOf('-');
        return dash < 0 ? checksum : checksum.substring(0, dash);
    }


    /** The offset and length to copy: x-amz-copy-source-range's, else the whole source. */
    private static long[] copyRange(String header, long size) {
        if (header == null) {
            return new long[] {0, size};
        }
        Matcher m = COPY_RANGE.matcher(header.strip());
        if (!m.matches()) {
            throw new AwsException("InvalidArgument", "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are "
                    + "the zero-based offsets of the first and last bytes to copy").with("ArgumentName", "x-amz-copy-source-range")
                    .with("ArgumentValue", header);
        }
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        if (first > last || last >= size) {
            throw new AwsException("InvalidArgument", "Range specified is not valid for source object of size: " + size)
                    .with("ArgumentName", "x-amz-copy-source-range").with("ArgumentValue", header);
        }
        return new long[] {first, last - first + 1};
    }

    /** The answer with {@code algorithm}'s checksum member, when there is one. */
    private static Fields withChecksum(Fields f, String algorithm, String value) {
        return algorithm == null ? f : f.and(Checksums.member(algorithm), value);
    }

    private static void put(ObjectNode meta, String name, String value) {
        if (value != null) {
            meta.put(name, value);
        }
    }
}
