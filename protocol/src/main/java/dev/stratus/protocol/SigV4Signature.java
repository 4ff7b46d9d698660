package dev.stratus.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A request's SigV4 signature as its client made it, from the Authorization header or a presigned
 * URL's X-Amz-* query parameters, and the check of it against a secret: the canonical request,
 * the string to sign and the derived key, as AWS's "Create a signed AWS API request" describes.
 * The canonical URI encodes the raw path once more, as every SDK does for services other than S3;
 * S3's is the path as sent.
 */
public record SigV4Signature(String accessKeyId, String date, String region, String service, String amzDate, List<String> signedHeaders,
                             String signature, String securityToken, Integer expiresSeconds) {
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    /** A presigned URL: its parameters are the signature, and it may be used until it expires. */
    public boolean presigned() {
        return expiresSeconds != null;
    }

    /**
     * The signature of {@code request}, none when it is unsigned; a signature that lacks a part
     * throws {@link AuthFailure} ({@code IncompleteSignature}).
     */
    public static SigV4Signature of(HttpRequest request) {
        String auth = request.header("authorization");
        if (auth != null) {
            return fromHeader(auth, request);
        }
        if (request.queryParam("X-Amz-Signature") != null || request.queryParam("X-Amz-Credential") != null) {
            return fromQuery(request);
        }
        return null;
    }

    private static SigV4Signature fromHeader(String auth, HttpRequest request) {
        if (!auth.startsWith(ALGORITHM + " ")) {
            throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, "Unsupported AWS 'algorithm': only " + ALGORITHM + " is supported");
        }
        String credential = null;
        String signed = null;
        String signature = null;
        for (String part : auth.substring(ALGORITHM.length()).split(",")) {
            String p = part.strip();
            if (p.startsWith("Credential=")) {
                credential = p.substring("Credential=".length());
            } else if (p.startsWith("SignedHeaders=")) {
                signed = p.substring("SignedHeaders=".length());
            } else if (p.startsWith("Signature=")) {
                signature = p.substring("Signature=".length());
            }
        }
        String amzDate = request.header("x-amz-date") != null ? request.header("x-amz-date") : request.header("date");
        return build(credential, signed, signature, amzDate, request.header("x-amz-security-token"), null, "Authorization header");
    }

    private static SigV4Signature fromQuery(HttpRequest request) {
        String algorithm = request.queryParam("X-Amz-Algorithm");
        if (!ALGORITHM.equals(algorithm)) {
            throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, "X-Amz-Algorithm only supports \"" + ALGORITHM + "\"");
        }
        String expires = request.queryParam("X-Amz-Expires");
        int seconds;
        try {
            seconds = Integer.parseInt(expires);
        } catch (NumberFormatException e) {
            throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, "X-Amz-Expires must be a whole number of seconds");
        }
        if (seconds < 1 || seconds > 604800) {
            throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, "X-Amz-Expires must be less than a week (in seconds) that is 604800");
        }
        return build(request.queryParam("X-Amz-Credential"), request.queryParam("X-Amz-SignedHeaders"), request.queryParam("X-Amz-Signature"),
                request.queryParam("X-Amz-Date"), request.queryParam("X-Amz-Security-Token"), seconds, "query string");
    }

    private static SigV4Signature build(String credential, String signed, String signature, String amzDate, String token, Integer expires,
                                        String where) {
        List<String> missing = new ArrayList<>();
        if (credential == null) {
            missing.add("Credential");
        }
        if (signed == null) {
            missing.add("SignedHeaders");
        }
        if (signature == null) {
            missing.add("Signature");
        }
        if (!missing.isEmpty()) {
            throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, where + " requires '" + String.join("', '", missing) + "' parameter"
                    + (missing.size() > 1 ? "s" : "") + ". " + where + "=" + ALGORITHM);
        }
        if (amzDate == null) {
            throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        String[] scope = credential.split("/");
        if (scope.length != 5 || !scope[4].equals("aws4_request")) {
            throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, "Credential should be scoped to a valid region, not '" + credential + "'. ");
        }
        return new SigV4Signature(scope[0], scope[1], scope[2], scope[3], amzDate, Arrays.asList(signed.split(";")), signature, token, expires);
    }

    /** When the client signed, or null when its date is not SigV4's basic ISO 8601 ({@code 20150830T123600Z}). */
    public Instant signedAt() {
        try {
            return Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code at} as SigV4 writes dates, for messages that quote them. */
    public static String format(Instant at) {
        return AMZ_DATE.format(at);
    }

    /**
     * Whether the client signed {@code request} with {@code secret}. Without an
     * {@code x-amz-content-sha256} header the body's hash is what was signed, except in a presigned
     * URL, which SDKs sign with either the empty body's hash or {@code UNSIGNED-PAYLOAD}.
     */
    public boolean matches(HttpRequest request, String secret) {
        String declared = request.header("x-amz-content-sha256");
        if (declared != null) {
            return matches(request, secret, declared);
        }
        if (presigned()) {
            // S3's presigned URLs always sign UNSIGNED-PAYLOAD, and their bodies may be gigabytes: never read for this.
            return matches(request, secret, UNSIGNED_PAYLOAD) || (!isS3() && matches(request, secret, hex(sha256(request.body()))));
        }
        return matches(request, secret, hex(sha256(request.body())));
    }

    private boolean matches(HttpRequest request, String secret, String payloadHash) {
        byte[] expected = HEX.parseHex(expected(request, secret, payloadHash));
        byte[] given;
        try {
            given = HEX.parseHex(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    /** The signature a client holding {@code secret} makes for {@code request} with this scope, date and signed headers. */
    String expected(HttpRequest request, String secret, String payloadHash) {
        String uri = isS3() ? (request.path().isEmpty() ? "/" : request.path()) : canonicalUri(request.path());
        String canonical = String.join("\n", request.method(), uri, canonicalQuery(request.query()),
                canonicalHeaders(request.headers()), String.join(";", signedHeaders), payloadHash);
        String toSign = String.join("\n", ALGORITHM, amzDate, scope(), hex(sha256(canonical.getBytes(StandardCharsets.UTF_8))));
        return hex(hmac(signingKey(secret), toSign));
    }

    /**
     * What checks the chunk signatures of an aws-chunked body signed with this request's
     * signature (x-amz-content-sha256 {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]}).
     */
    public ChunkSignatures chunkSignatures(String secret) {
        return new ChunkSignatures(signingKey(secret), amzDate, scope(), signature);
    }

    private String scope() {
        return date + "/" + region + "/" + service + "/aws4_request";
    }

    private byte[] signingKey(String secret) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, "aws4_request");
    }

    private boolean isS3() {
        return "s3".equals(service);
    }

    private String canonicalHeaders(Map<String, String> headers) {
        StringBuilder b = new StringBuilder();
        for (String name : signedHeaders) {
            String value = headers.get(name);
            b.append(name).append(':').append(value == null ? "" : value.strip().replaceAll(" +", " ")).append('\n');
        }
        return b.toString();
    }

    /** Each segment of the path as sent, encoded again (a {@code %} becomes {@code %25}); {@code /} when empty. */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }

    /** The query's parameters, the signature itself left out, encoded and sorted by name, then value. */
    private static String canonicalQuery(Map<String, List<String>> query) {
        List<String> pairs = new ArrayList<>();
        query.forEach((name, values) -> {
            if (!name.equals("X-Amz-Signature")) {
                for (String v : values) {
                    pairs.add(encode(name) + "=" + encode(v == null ? "" : v));
                }
            }
        });
        pairs.sort((a, b) -> {
            String an = a.substring(0, a.indexOf('='));
            String bn = b.substring(0, b.indexOf('='));
            int byName = an.compareTo(bn);
            return byName != 0 ? byName : a.compareTo(b);
        });
        return String.join("&", pairs);
    }

    /** SigV4's URI encoding: every byte but the unreserved characters as %XX, in upper case. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(HEX.withUpperCase().toHexDigits(c));
            }
        }
        return b.toString();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data == null ? new byte[0] : data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] b) {
        return HEX.formatHex(b);
    }
}
