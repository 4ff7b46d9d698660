package dev.stratus.platform.identity;

import dev.stratus.protocol.AuthFailure;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.SigV2QuerySignature;
import dev.stratus.protocol.SigV4Signature;
import dev.stratus.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a request may use the access key it is signed with, before who it is matters: a key
 * Stratus issued must be active and, for a session, unexpired (in every mode); with
 * {@code --auth strict} the request must also be signed, by a key Stratus issued (with its session
 * token, and only then) or the root's {@code test}/{@code test}, at a time within five minutes of
 * now, with the signature its secret makes ({@link SigV4Signature}). Refusals are
 * {@link AuthFailure}s, which the gateway answers in the request's protocol.
 */
public final class Authentication {
    /** The account root's key pair when signatures are verified. */
    public static final String ROOT_ACCESS_KEY = "test";
    public static final String ROOT_SECRET_KEY = "test";
    /** How far X-Amz-Date may be from now, either way, as AWS allows. */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    /** Whether signatures are verified ({@code --auth strict}) or only read for their access key. */
    public enum Mode { DEFAULT, STRICT }

    private final Credentials credentials;
    private final Clock clock;
    private final Mode mode;

    public Authentication(Credentials credentials, Clock clock, Mode mode) {
        this.credentials = credentials;
        this.clock = clock;
        this.mode = mode;
    }

    /** Throws {@link AuthFailure} unless {@code request}, signed with {@code accessKeyId} (null: unsigned), may go on. */
    public void check(HttpRequest request, String accessKeyId) {
        if (request.queryParam("X-Amz-Expires") != null && request.header("authorization") == null) {
            checkExpiry(SigV4Signature.of(request));
        }
        if (request.queryParam("AWSAccessKeyId") != null && request.queryParam("Expires") != null) {
            checkLegacyExpiry(request.queryParam("Expires"));
        }
        if (mode == Mode.STRICT) {
            verify(request);
            return;
        }
        credentials.find(accessKeyId).ifPresentOrElse(this::usable, () -> refuseRevoked(accessKeyId));
    }

    /** A key Stratus issued and then deleted, or a session swept after it expired, is refused as AWS refuses it, never taken as the root's. */
    private void refuseRevoked(String accessKeyId) {
        credentials.revoked(accessKeyId).ifPresent(r -> {
            throw r == Credentials.Revoked.EXPIRED ? AuthFailure.expiredToken() : AuthFailure.invalidToken();
        });
    }

    private void usable(Credentials.Credential c) {
        if (!c.active()) {
            throw AuthFailure.invalidToken();
        }
        if (c.expiredAt(Instant.ofEpochMilli(clock.millis()))) {
            throw AuthFailure.expiredToken();
        }
    }

    private void verify(HttpRequest request) {
        SigV4Signature signature = SigV4Signature.of(request);
        if (signature == null) {
            verifyLegacy(request);
            return;
        }
        String secret = secretOf(signature.accessKeyId(), signature.securityToken());
        checkTime(signature);
        if (!signature.matches(request, secret)) {
            throw AuthFailure.badSignature();
        }
        if (String.valueOf(request.header("x-amz-content-sha256")).startsWith(SIGNED_CHUNKS)) {
            request.content().expectChunkSignatures(signature.chunkSignatures(secret));
        }
    }

    /** S3's legacy presigned URL (boto3's default for S3), else no signature at all. */
    private void verifyLegacy(HttpRequest request) {
        SigV2QuerySignature legacy = SigV2QuerySignature.of(request);
        if (legacy == null) {
            throw new AuthFailure(AuthFailure.Kind.MISSING, "Request is missing Authentication Token");
        }
        if (!legacy.matches(request, secretOf(legacy.accessKeyId(), legacy.securityToken()))) {
            throw AuthFailure.badSignature();
        }
    }

    /** The secret of a key Stratus issued (usable, with its session token) or the root's test/test; else InvalidClientTokenId. */
    private String secretOf(String accessKeyId, String securityToken) {
        Optional<Credentials.Credential> issued = credentials.find(accessKeyId);
        if (issued.isPresent()) {
            Credentials.Credential c = issued.get();
            if (!Objects.equals(c.sessionToken(), securityToken)) {
                throw AuthFailure.invalidToken();
            }
            usable(c);
            return c.secretAccessKey();
        }
        if (ROOT_ACCESS_KEY.equals(accessKeyId) && securityToken == null) {
            return ROOT_SECRET_KEY;
        }
        throw AuthFailure.invalidToken();
    }

    /**
     * S3's legacy presigned URLs (SigV2 query authentication, what boto3's generate_presigned_url
     * makes for S3 unless told s3v4) expire at {@code Expires}, in seconds since the epoch.
     */
    private void checkLegacyExpiry(String expires) {
        long at;
        try {
            at = Long.parseLong(expires.strip());
        } catch (NumberFormatException e) {
            throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, "Invalid date (should be seconds since epoch): " + expires);
        }
        if (clock.millis() / 1000 > at) {
            throw new AuthFailure(AuthFailure.Kind.EXPIRED_URL, "Request has expired");
        }
    }

    /** x-amz-content-sha256 of a body whose chunks are signed, each chaining from the request's signature. */
    private static final String SIGNED_CHUNKS = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

    /**
     * A presigned URL is refused past X-Amz-Date plus X-Amz-Expires by Stratus's clock, in every
     * mode: a test that moves the clock on sees its URL expire, as it would in time on AWS.
     */
    private void checkExpiry(SigV4Signature signature) {
        if (signature == null) {
            return; // an X-Amz-Expires without X-Amz-Signature or X-Amz-Credential is no presigned URL
        }
        Instant signed = signature.signedAt();
        if (signed != null && Instant.ofEpochMilli(clock.millis()).isAfter(signed.plusSeconds(signature.expiresSeconds()))) {
            throw new AuthFailure(AuthFailure.Kind.EXPIRED_URL, "Request has expired");
        }
    }

    /**
     * X-Amz-Date against the machine's clock, not the one clock: clients sign with the real time,
     * and a test that moves the one clock forward still signs its requests with the real time.
     * (A presigned URL's expiry is the exception, {@link #checkExpiry}.)
     */
    private static void checkTime(SigV4Signature signature) {
        Instant signed = signature.signedAt();
        if (signed == null) {
            throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, "Date must be in ISO-8601 'basic format'. Got '" + signature.amzDate()
                    + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
        Instant now = Instant.ofEpochMilli(Clock.SYSTEM.millis());
        if (!signature.presigned() && signed.isBefore(now.minus(MAX_SKEW))) {
            throw new AuthFailure(AuthFailure.Kind.SKEWED, "Signature expired: " + SigV4Signature.format(signed) + " is now earlier than "
                    + SigV4Signature.format(now.minus(MAX_SKEW)) + " (" + SigV4Signature.format(now) + " - 5 min.)");
        }
        if (signed.isAfter(now.plus(MAX_SKEW))) {
            throw new AuthFailure(AuthFailure.Kind.SKEWED, "Signature not yet current: " + SigV4Signature.format(signed) + " is still later than "
                    + SigV4Signature.format(now.plus(MAX_SKEW)) + " (" + SigV4Signature.format(now) + " + 5 min.)");
        }
    }
}
