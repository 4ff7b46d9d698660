package dev.stratus.sqs;

import dev.stratus.sqs.api.MessageAttributeValue;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MD5 digests SQS returns and the SDKs verify: of the body (its UTF-8 bytes), and of the
 * message (or system) attributes in AWS's encoding — for each attribute in name order, the
 * length-prefixed name, length-prefixed data type, a transport byte (1 string, 2 binary,
 * 3 string list, 4 binary list) and the length-prefixed value(s).
 */
public final class MessageDigests {
    private MessageDigests() {
    }

    public static String ofBody(String body) {
        return hex(md5().digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The digest of {@code attributes}, or null when there are none. */
    public static String ofAttributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, MessageAttributeValue> e : new TreeMap<>(attributes).entrySet()) {
            MessageAttributeValue v = e.getValue();
            lengthPrefixed(out, e.getKey().getBytes(StandardCharsets.UTF_8));
            lengthPrefixed(out, v.dataType().getBytes(StandardCharsets.UTF_8));
            if (v.stringValue() != null) {
                out.write(1);
                lengthPrefixed(out, v.stringValue().getBytes(StandardCharsets.UTF_8));
            } else if (v.binaryValue() != null) {
                out.write(2);
                lengthPrefixed(out, v.binaryValue());
            } else if (v.stringListValues() != null && !v.stringListValues().isEmpty()) {
                out.write(3);
                v.stringListValues().forEach(s -> lengthPrefixed(out, s.getBytes(StandardCharsets.UTF_8)));
            } else if (v.binaryListValues() != null) {
                out.write(4);
                v.binaryListValues().forEach(b -> lengthPrefixed(out, b));
            }
        }
        return hex(md5().digest(out.toByteArray()));
    }

    /** The SHA-256 of the body, hex: a FIFO queue's deduplication id under ContentBasedDeduplication. */
    public static String sha256(String body) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void lengthPrefixed(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    /** Every message sent is digested: a copy of this one costs less than a look-up among the security providers. */
    private static final MessageDigest MD5 = md5Instance();

    private static MessageDigest md5() {
        try {
            return (MessageDigest) MD5.clone();
        } catch (CloneNotSupportedException e) {
            return md5Instance();
        }
    }

    private static MessageDigest md5Instance() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
