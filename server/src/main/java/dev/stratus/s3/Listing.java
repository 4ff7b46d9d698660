package dev.stratus.s3;

import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.ListObjectsV2Output;
import dev.stratus.s3.api.ListObjectsV2Request;
import dev.stratus.store.Tx;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Listing a bucket's current objects in key order, as ListObjectsV2 does: after a key, under a
 * prefix, with keys that share a prefix up to the delimiter rolled up into CommonPrefixes (each
 * counted once against MaxKeys), and URL-encoded when EncodingType=url.
 */
final class Listing {
    static final int DEFAULT_MAX_KEYS = 1000;
    /** Greater than any character a key can have next: appended to a common prefix, it skips every key under it. */
    static final String PAST_PREFIX = "\uDBFF\uDFFF";
    private static final int BATCH = 1000;

    private Listing() {
    }

    /** One page: keys and common prefixes in order, and where the next page starts (after this key) when there are more. */
    record Page(List<ObjectVersion> objects, List<String> commonPrefixes, String next) {
    }

    static Page page(Tx tx, S3Repository repo, String bucket, String prefix, String delimiter, String after, int maxKeys) throws SQLException {
        List<ObjectVersion> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String cursor = after;
        String last = null;
        // After a common prefix, the next key is looked up alone: it is often another prefix's first key, and a
        // whole batch read for one key made a delimiter listing of many prefixes read the bucket many times over.
        int batchSize = BATCH;
        while (true) {
            List<ObjectVersion> batch = repo.listLatest(tx, bucket, prefix, cursor, batchSize);
            if (batch.isEmpty()) {
                return new Page(objects, prefixes, null);
            }
            batchSize = BATCH;
            for (ObjectVersion o : batch) {
                String rolled = rolledUp(o.key(), prefix, delimiter);
                if (objects.size() + prefixes.size() == maxKeys) {
                    return new Page(objects, prefixes, last);
                }
                if (rolled != null) {
                    prefixes.add(rolled);
                    cursor = rolled + PAST_PREFIX;
                    last = cursor;
                    batchSize = 1;
                    break;
                }
                objects.add(o);
                last = o.key();
                cursor = o.key();
            }
        }
    }

    /** The common prefix {@code key} rolls up into, or null when it is listed itself. */
    static String rolledUp(String key, String prefix, String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return null;
        }
        int from = prefix == null ? 0 : prefix.length();
        int at = key.indexOf(delimiter, from);
        return at < 0 ? null : key.substring(0, at + delimiter.length());
    }

    static ListObjectsV2Output v2(Tx tx, S3Repository repo, Bucket b, ListObjectsV2Request in) throws SQLException {
        int maxKeys = in.maxKeys() == null ? DEFAULT_MAX_KEYS : Math.min(in.maxKeys(), DEFAULT_MAX_KEYS);
        if (maxKeys < 0) {
            throw new AwsException("InvalidArgument", "Argument maxKeys must be an integer between 0 and 2147483647").with("ArgumentName", "max-keys")
                    .with("ArgumentValue", String.valueOf(in.maxKeys()));
        }
        String after = in.continuationToken() != null ? tokenKey(in.continuationToken()) : in.startAfter();
        Page page = page(tx, repo, b.name(), emptyIsNull(in.prefix()), in.delimiter(), after, maxKeys);
        boolean url = "url".equals(in.encodingType());
        if (in.encodingType() != null && !url) {
            throw new AwsException("InvalidArgument", "Invalid Encoding Method specified in Request").with("ArgumentName", "encoding-type")
                    .with("ArgumentValue", in.encodingType());
        }
        List<Map<String, Object>> contents = new ArrayList<>();
        for (ObjectVersion o : page.objects()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("Key", encoded(o.key(), url));
            c.put("LastModified", Instant.ofEpochMilli(o.modified()));
            c.put("ETag", o.etag());
            c.put("Size", o.size());
            c.put("StorageClass", o.meta().path("StorageClass").asText("STANDARD"));
            if (Boolean.TRUE.equals(in.fetchOwner())) {
                c.put("Owner", S3Service.owner(b.account()));
            }
            contents.add(c);
        }
        List<Map<String, String>> prefixes = page.commonPrefixes().stream().map(p -> Map.of("Prefix", encoded(p, url))).toList();
        return Fields.of("Name", b.name()).and("Prefix", encoded(in.prefix() == null ? "" : in.prefix(), url))
                .and("Delimiter", in.delimiter() == null ? null : encoded(in.delimiter(), url)).and("MaxKeys", maxKeys).and("EncodingType", in.encodingType())
                .and("KeyCount", contents.size() + prefixes.size()).and("IsTruncated", page.next() != null)
                .and("ContinuationToken", in.continuationToken()).and("StartAfter", in.startAfter() == null ? null : encoded(in.startAfter(), url))
                .and("NextContinuationToken", page.next() == null ? null : token(page.next()))
                .and("Contents", contents.isEmpty() ? null : contents).and("CommonPrefixes", prefixes.isEmpty() ? null : prefixes)
                .as(ListObjectsV2Output.class);
    }

    private static String emptyIsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** A key as a listing writes it: URL-encoded when asked, spaces as +, as S3 encodes them. */
    static String encoded(String key, boolean url) {
        return url ? URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/") : key;
    }

    /** Where a page ends, as an opaque token; a token that does not decode is refused, never trusted. */
    static String token(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("1:" + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    static String tokenKey(String token) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (s.startsWith("1:")) {
                return s.substring(2);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new AwsException("InvalidArgument", "The continuation token provided is incorrect").with("ArgumentName", "continuation-token");
    }
}
