package dev.stratus.lambda;

import dev.stratus.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GetFunction's Code.Location and GetLayerVersion's Content.Location: a URL on Stratus that serves
 * the package for ten minutes, as AWS's presigned S3 URL does. It names the package by its digest
 * and is signed with a key kept in the store ({@code SharedSecrets}), so a link cannot be made for
 * another package or stretched past its expiry, and any node sharing the store serves it.
 */
final class CodeLinks {
    /** Under /_stratus/. */
    static final String PATH = "lambda/code";
    static final long VALID_SECONDS = 600;
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Why a link does not serve: refused as S3 refuses a presigned URL. */
    enum Refusal { FORGED, EXPIRED }

    /** A link's package digest (CodeSha256), or why it serves none. */
    record Checked(String codeSha, Refusal refusal) {
    }

    private final byte[] key;
    private final Clock clock;
    private final Supplier<String> endpoint;

    CodeLinks(Clock clock, Supplier<String> endpoint, byte[] key) {
        this.clock = clock;
        this.endpoint = endpoint;
        this.key = key.clone();
    }

    /**
     * A link to the package whose CodeSha256 is {@code codeSha}, good for ten minutes from now, on
     * {@code host} (the Host the client addressed, as queue URLs are; else where Stratus listens).
     */
    String link(String host, String codeSha) {
        String pkg = Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(codeSha));
        String date = AMZ_DATE.format(Instant.ofEpochMilli(clock.millis()));
        String base = host == null || host.isBlank() ? endpoint.get() : "http://" + host;
        return base + "/_stratus/" + PATH + "?Package=" + pkg + "&X-Amz-Date=" + date + "&X-Amz-Expires=" + VALID_SECONDS
                + "&X-Amz-Signature=" + sign(pkg, date, Long.toString(VALID_SECONDS));
    }

    /** What a link's query names, once its signature and expiry are checked. */
    Checked check(Map<String, List<String>> query) {
        String pkg = first(query, "Package");
        String date = first(query, "X-Amz-Date");
        String expires = first(query, "X-Amz-Expires");
        String signature = first(query, "X-Amz-Signature");
        if (pkg == null || date == null || expires == null || signature == null
                || !MessageDigest.isEqual(sign(pkg, date, expires).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(null, Refusal.FORGED);
        }
        try {
            Instant signed = Instant.from(AMZ_DATE.parse(date));
            if (clock.millis() > signed.plusSeconds(Long.parseLong(expires)).toEpochMilli()) {
                return new Checked(null, Refusal.EXPIRED);
            }
            return new Checked(Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(pkg)), null);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return new Checked(null, Refusal.FORGED);
        }
    }

    private String sign(String pkg, String date, String expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((pkg + "\n" + date + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
