package dev.stratus.s3;

import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.ListObjectsOutput;
import dev.stratus.s3.api.ListObjectsRequest;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ListObjects (version 1) over {@link Listing}'s pages, and what it shares with
 * ListObjectVersions: MaxKeys and EncodingType as S3 checks them, and markers that are common
 * prefixes.
 */
final class ObjectListings {
    private ObjectListings() {
    }

    /**
     * Keys after Marker. S3 gives NextMarker only when a delimiter was given (without one, the
     * last key listed is the next marker, as clients know).
     */
    static ListObjectsOutput v1(Tx tx, S3Repository repo, Bucket b, ListObjectsRequest in) throws SQLException {
        int maxKeys = maxKeys(in.maxKeys());
        boolean url = urlEncoding(in.encodingType());
        String prefix = in.prefix() == null || in.prefix().isEmpty() ? null : in.prefix();
        String marker = in.marker() == null || in.marker().isEmpty() ? null : in.marker();
        String skipped = marker == null ? null : markerPrefix(marker, prefix == null ? "" : prefix, in.delimiter());
        String after = skipped != null ? skipped + Listing.PAST_PREFIX : marker;
        Listing.Page page = Listing.page(tx, repo, b.name(), prefix, in.delimiter(), after, maxKeys);
        List<Map<String, Object>> contents = new ArrayList<>();
        for (ObjectVersion o : page.objects()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("Key", Listing.encoded(o.key(), url));
            c.put("LastModified", Instant.ofEpochMilli(o.modified()));
            c.put("ETag", o.etag());
            c.put("Size", o.size());
            c.put("StorageClass", o.meta().path("StorageClass").asText("STANDARD"));
            c.put("Owner", S3Service.owner(b.account()));
            contents.add(c);
        }
        List<Map<String, String>> prefixes = page.commonPrefixes().stream().map(p -> Map.of("Prefix", Listing.encoded(p, url))).toList();
        boolean truncated = page.next() != null;
        String nextMarker = truncated && in.delimiter() != null && !in.delimiter().isEmpty() ? withoutPast(page.next()) : null;
        return Fields.of("Name", b.name()).and("Prefix", Listing.encoded(in.prefix() == null ? "" : in.prefix(), url))
                .and("Marker", Listing.encoded(in.marker() == null ? "" : in.marker(), url)).and("MaxKeys", maxKeys)
                .and("Delimiter", in.delimiter() == null ? null : Listing.encoded(in.delimiter(), url)).and("EncodingType", in.encodingType())
                .and("IsTruncated", truncated).and("NextMarker", nextMarker == null ? null : Listing.encoded(nextMarker, url))
                .and("Contents", contents.isEmpty() ? null : contents).and("CommonPrefixes", prefixes.isEmpty() ? null : prefixes)
                .as(ListObjectsOutput.class);
    }

    /** A page's end as a marker: a common prefix without the suffix that skips the keys under it. */
    private static String withoutPast(String next) {
        return next.endsWith(Listing.PAST_PREFIX) ? next.substring(0, next.length() - Listing.PAST_PREFIX.length()) : next;
    }

    /** MaxKeys as S3 takes it: 1000 at most, never negative. */
    static int maxKeys(Integer maxKeys) {
        if (maxKeys != null && maxKeys < 0) {
            throw new AwsException("InvalidArgument", "Argument maxKeys must be an integer between 0 and 2147483647").with("ArgumentName", "max-keys")
                    .with("ArgumentValue", String.valueOf(maxKeys));
        }
        return maxKeys == null ? Listing.DEFAULT_MAX_KEYS : Math.min(maxKeys, Listing.DEFAULT_MAX_KEYS);
    }

    /** Whether keys are URL-encoded: EncodingType=url; any other value is refused. */
    static boolean urlEncoding(String encodingType) {
        if (encodingType != null && !"url".equals(encodingType)) {
            throw new AwsException("InvalidArgument", "Invalid Encoding Method specified in Request").with("ArgumentName", "encoding-type")
                    .with("ArgumentValue", encodingType);
        }
        return encodingType != null;
    }

    /**
     * The common prefix a marker names (a previous page's last entry), whose keys the next page
     * skips; null when the marker is a key.
     */
    static String markerPrefix(String marker, String prefix, String delimiter) {
        if (!marker.startsWith(prefix)) {
            return null;
        }
        String rolled = Listing.rolledUp(marker, prefix, delimiter);
        return marker.equals(rolled) ? marker : null;
    }
}
