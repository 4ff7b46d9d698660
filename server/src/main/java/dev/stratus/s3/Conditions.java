package dev.stratus.s3;

import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.ObjectVersion;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * S3's conditional requests. Reads (GET, HEAD) and copy sources weigh the four HTTP conditions
 * with S3's precedence: a true If-Match overrides a false If-Unmodified-Since, and a false
 * If-None-Match overrides a true If-Modified-Since. Times compare by whole seconds, as
 * Last-Modified states them. Writes take If-None-Match: * (the key must not exist) and If-Match.
 */
final class Conditions {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private Conditions() {
    }

    /** The condition that fails for {@code o}, by its header name; null when all hold. */
    static String failing(ObjectVersion o, String ifMatch, String ifNoneMatch, Instant ifModifiedSince, Instant ifUnmodifiedSince) {
        long modified = o.modified() / 1000;
        if (ifMatch != null) {
            if (!matches(ifMatch, o.etag())) {
                return "If-Match";
            }
        } else if (ifUnmodifiedSince != null && modified > ifUnmodifiedSince.getEpochSecond()) {
            return "If-Unmodified-Since";
        }
        if (ifNoneMatch != null) {
            if (matches(ifNoneMatch, o.etag())) {
                return "If-None-Match";
            }
        } else if (ifModifiedSince != null && modified <= ifModifiedSince.getEpochSecond()) {
            return "If-Modified-Since";
        }
        return null;
    }

    /** GET and HEAD: a failed If-Match or If-Unmodified-Since is 412; a failed If-None-Match or If-Modified-Since is 304. */
    static void checkRead(ObjectVersion o, String ifMatch, String ifNoneMatch, Instant ifModifiedSince, Instant ifUnmodifiedSince) {
        String failed = failing(o, ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince);
        if (failed == null) {
            return;
        }
        if (failed.equals("If-None-Match") || failed.equals("If-Modified-Since")) {
            throw new AwsException("NotModified", "Not Modified", 304).withHeader("ETag", o.etag())
                    .withHeader("Last-Modified", httpDate(o.modified()));
        }
        throw preconditionFailed(failed);
    }

    /** A copy source: every failed condition is 412, named by its x-amz-copy-source-if-… header. */
    static void checkCopySource(ObjectVersion o, String ifMatch, String ifNoneMatch, Instant ifModifiedSince, Instant ifUnmodifiedSince) {
        String failed = failing(o, ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince);
        if (failed != null) {
            throw preconditionFailed("x-amz-copy-source-" + failed);
        }
    }

    /**
     * A write's conditions against the key's current version ({@code current}, null or a delete
     * marker when there is none): If-None-Match takes only {@code *}, checked before the body is
     * read ({@link #checkWriteHeaders}).
     */
    static void checkWrite(ObjectVersion current, String ifMatch, String ifNoneMatch, String key) {
        boolean exists = current != null && !current.deleteMarker();
        if (ifNoneMatch != null && exists) {
            throw preconditionFailed("If-None-Match");
        }
        if (ifMatch != null) {
            if (!exists) {
                throw new AwsException("NoSuchKey", "The specified key does not exist.", 404).with("Key", key);
            }
            if (!matches(ifMatch, current.etag())) {
                throw preconditionFailed("If-Match");
            }
        }
    }

    /** What S3 refuses before reading a body: an If-None-Match other than {@code *}. */
    static void checkWriteHeaders(String ifNoneMatch) {
        if (ifNoneMatch != null && !ifNoneMatch.strip().equals("*")) {
            throw new AwsException("NotImplemented", "A header you provided implies functionality that is not implemented", 501)
                    .with("Header", "If-None-Match");
        }
    }

    /** A time as Last-Modified states it. */
    static String httpDate(long millis) {
        return HTTP_DATE.format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
    }

    static AwsException preconditionFailed(String condition) {
        return new AwsException("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412)
                .with("Condition", condition);
    }

    /** Whether an If-Match / If-None-Match list ({@code *}, or ETags quoted or not, comma-separated) names {@code etag}. */
    static boolean matches(String header, String etag) {
        String bare = unquoted(etag);
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || unquoted(c).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    private static String unquoted(String etag) {
        String s = etag.startsWith("W/") ? etag.substring(2) : etag;
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
