package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.model.Shape;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/** Scalars as text, for XML, headers and query strings: blobs in base64, timestamps by format. */
final class Scalars {
    static final String ISO_8601 = "iso8601";
    static final String RFC_822 = "rfc822";
    /** HTTP's date (RFC 9110's IMF-fixdate), as AWS writes it: the day of the month always in two digits. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US);
    static final String EPOCH = "unixTimestamp";

    private Scalars() {
    }

    static String text(Shape shape, JsonNode v, String timestampFormat) {
        return switch (shape.type()) {
            case "blob" -> Base64.getEncoder().encodeToString(binary(v));
            case "timestamp" -> timestamp(instant(v), shape.timestampFormat() != null ? shape.timestampFormat() : timestampFormat);
            default -> v.asText();
        };
    }

    static String timestamp(Instant t, String format) {
        return switch (format) {
            case RFC_822 -> HTTP_DATE.format(t.atOffset(ZoneOffset.UTC));
            case EPOCH -> epochSeconds(t).stripTrailingZeros().toPlainString();
            default -> DateTimeFormatter.ISO_INSTANT.format(t);
        };
    }

    /** The canonical form of a timestamp in an input or output tree: decimal epoch seconds. */
    static BigDecimal epochSeconds(Instant t) {
        return BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9));
    }

    static byte[] binary(JsonNode v) {
        try {
            return v.isBinary() ? v.binaryValue() : Base64.getDecoder().decode(v.asText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant instant(JsonNode v) {
        BigDecimal seconds = v.decimalValue();
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }
}
