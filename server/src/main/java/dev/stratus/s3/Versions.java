package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.GetBucketVersioningOutput;
import dev.stratus.s3.api.ListObjectVersionsOutput;
import dev.stratus.s3.api.ListObjectVersionsRequest;
import dev.stratus.s3.api.VersioningConfiguration;
import dev.stratus.store.Tx;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A bucket's versioning state (kept in its settings as {@code Versioning}: Status, and MFADelete
 * once given), version ids, and ListObjectVersions.
 */
final class Versions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong LAST = new AtomicLong();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private Versions() {
    }

    /**
     * A new version id: microseconds since the epoch (never less than the last one given) then
     * random bits, so that ids of one key sort as they were written even within a millisecond.
     */
    static String newId() {
        long now = System.currentTimeMillis() * 1000;
        long t = LAST.updateAndGet(last -> Math.max(last + 1, now));
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return String.format("%016x", t) + HexFormat.of().formatHex(random);
    }

    /** Refuses a version id S3 could not have given: its 400, not a 404. */
    static void checkId(String versionId) {
        if (versionId != null && !ObjectData.NULL_VERSION.equals(versionId) && !ID.matcher(versionId).matches()) {
            throw new AwsException("InvalidArgument", "Invalid version id specified").with("ArgumentName", "versionId")
                    .with("ArgumentValue", versionId);
        }
    }

    /** Sets the bucket's versioning; once enabled, a bucket can be suspended but never unversioned again. */
    static Void put(Tx tx, S3Repository repo, Bucket b, VersioningConfiguration config) throws SQLException {
        if (config == null || !("Enabled".equals(config.status()) || "Suspended".equals(config.status()))
                || config.mfaDelete() != null && !("Enabled".equals(config.mfaDelete()) || "Disabled".equals(config.mfaDelete()))) {
            throw malformedXml();
        }
        if ("Enabled".equals(config.mfaDelete())) {
            throw new AwsException("NotImplemented", "Stratus has no MFA devices: MFADelete cannot be enabled.", 501);
        }
        ObjectNode v = JsonNodeFactory.instance.objectNode();
        v.put("Status", config.status());
        String mfa = config.mfaDelete() != null ? config.mfaDelete() : b.settings().path("Versioning").path("MFADelete").asText(null);
        if (mfa != null) {
            v.put("MFADelete", mfa);
        }
        b.settings().set("Versioning", v);
        repo.saveSettings(tx, b);
        return null;
    }

    /** A bucket never versioned answers with neither member, as S3 does; MFADelete only once it was configured. */
    static GetBucketVersioningOutput get(Bucket b) {
        JsonNode v = b.settings().path("Versioning");
        return Fields.of("Status", v.path("Status").asText(null)).and("MFADelete", v.path("MFADelete").asText(null))
                .as(GetBucketVersioningOutput.class);
    }

    static AwsException malformedXml() {
        return new AwsException("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");
    }

    /**
     * One page of versions and delete markers, by key then newest first, starting after
     * KeyMarker (and, with VersionIdMarker, after that version of it); keys rolled up by the
     * delimiter count once, as CommonPrefixes.
     */
    static ListObjectVersionsOutput list(Tx tx, S3Repository repo, Bucket b, ListObjectVersionsRequest in) throws SQLException {
        int maxKeys = ObjectListings.maxKeys(in.maxKeys());
        boolean url = ObjectListings.urlEncoding(in.encodingType());
        if (in.versionIdMarker() != null && !in.versionIdMarker().isEmpty() && (in.keyMarker() == null || in.keyMarker().isEmpty())) {
            throw new AwsException("InvalidArgument", "A version-id marker cannot be specified without a key marker.")
                    .with("ArgumentName", "version-id-marker").with("ArgumentValue", in.versionIdMarker());
        }
        String versionMarker = in.versionIdMarker() == null || in.versionIdMarker().isEmpty() ? null : in.versionIdMarker();
        checkId(versionMarker);
        String prefix = in.prefix() == null ? "" : in.prefix();
        String keyMarker = in.keyMarker() == null || in.keyMarker().isEmpty() ? null : in.keyMarker();
        String skippedPrefix = keyMarker == null ? null : ObjectListings.markerPrefix(keyMarker, prefix, in.delimiter());
        String from = keyMarker != null && keyMarker.compareTo(prefix) > 0 ? keyMarker : prefix;

        List<Map<String, Object>> versions = new ArrayList<>();
        List<Map<String, Object>> markers = new ArrayList<>();
        List<Map<String, String>> prefixes = new ArrayList<>();
        String[] next = new String[2];
        boolean[] truncated = {false};
        boolean[] pastVersionMarker = {versionMarker == null};
        String[] lastPrefix = {skippedPrefix};
        repo.eachVersion(tx, b.name(), from, o -> {
            if (!o.key().startsWith(prefix)) {
                return false;
            }
            if (keyMarker != null && o.key().equals(keyMarker)) {
                if (versionMarker == null) {
                    return true;
                }
                if (!pastVersionMarker[0]) {
                    // Skips the marker's own version and those listed before it.
                    pastVersionMarker[0] = o.versionId().equals(versionMarker);
                    return true;
                }
            } else if (lastPrefix[0] != null && o.key().startsWith(lastPrefix[0])) {
                return true;
            }
            String rolled = Listing.rolledUp(o.key(), prefix, in.delimiter());
            if (versions.size() + markers.size() + prefixes.size() == maxKeys) {
                truncated[0] = true;
                return false;
            }
            if (rolled != null) {
                prefixes.add(Map.of("Prefix", Listing.encoded(rolled, url)));
                lastPrefix[0] = rolled;
                next[0] = rolled;
                next[1] = null;
                return true;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            if (!o.deleteMarker()) {
                entry.put("ETag", o.etag());
                entry.put("Size", o.size());
                entry.put("StorageClass", o.meta().path("StorageClass").asText("STANDARD"));
            }
            entry.put("Key", Listing.encoded(o.key(), url));
            entry.put("VersionId", o.versionId());
            entry.put("IsLatest", o.latest());
            entry.put("LastModified", Instant.ofEpochMilli(o.modified()));
            entry.put("Owner", S3Service.owner(b.account()));
            (o.deleteMarker() ? markers : versions).add(entry);
            next[0] = o.key();
            next[1] = o.versionId();
            return true;
        });
        return Fields.of("Name", b.name()).and("Prefix", Listing.encoded(prefix, url)).and("KeyMarker", Listing.encoded(keyMarker == null ? "" : keyMarker, url))
                .and("VersionIdMarker", versionMarker == null ? "" : versionMarker).and("MaxKeys", maxKeys)
                .and("Delimiter", in.delimiter() == null ? null : Listing.encoded(in.delimiter(), url)).and("EncodingType", in.encodingType())
                .and("IsTruncated", truncated[0]).and("NextKeyMarker", truncated[0] ? Listing.encoded(next[0], url) : null)
                .and("NextVersionIdMarker", truncated[0] ? next[1] : null).and("Versions", versions.isEmpty() ? null : versions)
                .and("DeleteMarkers", markers.isEmpty() ? null : markers).and("CommonPrefixes", prefixes.isEmpty() ? null : prefixes)
                .as(ListObjectVersionsOutput.class);
    }
}
