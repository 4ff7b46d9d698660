package dev.stratus.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The signatures the chunks of a signed aws-chunked body must carry
 * ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]}), as AWS's "Transferring payload in
 * multiple chunks" describes them: each chunk's signs its data's hash and the signature before it,
 * starting from the request's own (the seed), so that no chunk can be changed, dropped or moved;
 * the trailer's signs the trailing headers and the last chunk's signature. One per request, used
 * in order as the body is read.
 */
public final class ChunkSignatures {
    private static final HexFormat HEX = HexFormat.of();
    private static final String EMPTY_SHA256 = HEX.formatHex(SigV4Signature.sha256(new byte[0]));

    private final byte[] signingKey;
    private final String amzDate;
    private final String scope;
    private String previous;

    ChunkSignatures(byte[] signingKey, String amzDate, String scope, String seed) {
        this.signingKey = signingKey;
        this.amzDate = amzDate;
        this.scope = scope;
        this.previous = seed;
    }

    /** Whether {@code given} is the next chunk's signature for data hashing to {@code sha256}; it becomes the one the next chains from. */
    boolean nextChunk(byte[] sha256, String given) {
        String expected = sign(String.join("\n", "AWS4-HMAC-SHA256-PAYLOAD", amzDate, scope, previous, EMPTY_SHA256, HEX.formatHex(sha256)));
        previous = expected;
        return same(expected, given);
    }

    /** Whether {@code given} signs the trailing headers, written {@code name:value\n} each in the order sent. */
    boolean trailer(String canonicalTrailers, String given) {
        String hash = HEX.formatHex(SigV4Signature.sha256(canonicalTrailers.getBytes(StandardCharsets.UTF_8)));
        return same(sign(String.join("\n", "AWS4-HMAC-SHA256-TRAILER", amzDate, scope, previous, hash)), given);
    }

    private String sign(String toSign) {
        return HEX.formatHex(SigV4Signature.hmac(signingKey, toSign));
    }

    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** How a bad chunk signature is refused, inside the read that found it (S3's 403). */
    static java.io.IOException refused() {
        return new java.io.IOException("a chunk signature does not match",
                new AwsException("SignatureDoesNotMatch", AuthFailure.BAD_SIGNATURE_MESSAGE, 403));
    }
}
