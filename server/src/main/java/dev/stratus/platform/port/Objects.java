package dev.stratus.platform.port;

import dev.stratus.protocol.Principal;
import dev.stratus.protocol.StreamingBlob;

/**
 * S3 as other services read an object: Lambda takes a deployment package or a layer from the
 * bucket and key (and version) a request names. The read is the caller's own, as AWS makes it with
 * the caller's credentials: IAM and the bucket's policy decide whether the caller may get the object.
 * Not "java.util.Objects": importers name one of the two in full.
 */
public interface Objects {

    /**
     * The object's bytes (of {@code versionId}, else the current version), read as a GetObject by
     * {@code caller} in {@code region} would read them.
     *
     * @throws Unreadable S3's error code and message: NoSuchBucket, NoSuchKey, NoSuchVersion,
     *     AccessDenied, or PermanentRedirect when the bucket is in another region
     */
    StreamingBlob open(Principal caller, String region, String bucket, String key, String versionId);

    /** Why an object could not be read, in S3's words: {@link #code()} such as NoSuchKey, and S3's message. */
    final class Unreadable extends RuntimeException {
        private final String code;

        public Unreadable(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
