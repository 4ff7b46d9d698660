package dev.stratus.sqs;

import dev.stratus.protocol.AwsException;
import dev.stratus.sqs.api.MessageAttributeValue;
import dev.stratus.sqs.api.MessageSystemAttributeValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/** What SQS accepts in a message: characters, attribute names, types and values, sizes. */
final class MessageRules {
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,256}");
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,80}");
    private static final Pattern FIFO_ID = Pattern.compile("[\\p{Alnum}\\p{Punct}]{1,128}");
    /** How long a FIFO queue remembers a deduplication id, and a receive its ReceiveRequestAttemptId. */
    static final long DEDUP_WINDOW_MS = 5 * 60 * 1000;

    private MessageRules() {
    }

    /** Rejects a body with characters outside XML's allowed set, as SQS does. */
    static void checkBody(String body) {
        if (body == null || body.isEmpty()) {
            throw AwsException.missingParameter("MessageBody");
        }
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok) {
                throw new AwsException("InvalidMessageContents", "Invalid binary character '#x" + Integer.toHexString(c).toUpperCase()
                        + "' was found in the message body, the set of allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF | "
                        + "#xE000 to #xFFFD | #x10000 to #x10FFFF");
            }
            i += Character.charCount(c);
        }
    }

    /** Checks user message attributes; returns their size in bytes (names, types and values). */
    static int checkAttributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes == null) {
            return 0;
        }
        if (attributes.size() > 10) {
            throw AwsException.invalidParameterValue("Number of message attributes [" + attributes.size()
                    + "] exceeds the allowed maximum [10].");
        }
        int size = 0;
        for (Map.Entry<String, MessageAttributeValue> e : attributes.entrySet()) {
            String name = e.getKey();
            checkName(name);
            size += checkValue("message (user) attribute", name, e.getValue());
        }
        return size;
    }

    /** The bytes attributes add to a message's size (names, types and values), unchecked. */
    static long attributesSize(Map<String, MessageAttributeValue> attributes) {
        if (attributes == null) {
            return 0;
        }
        long size = 0;
        for (Map.Entry<String, MessageAttributeValue> e : attributes.entrySet()) {
            MessageAttributeValue v = e.getValue();
            size += e.getKey().getBytes(StandardCharsets.UTF_8).length;
            if (v != null) {
                size += v.dataType() == null ? 0 : v.dataType().getBytes(StandardCharsets.UTF_8).length;
                size += v.stringValue() == null ? 0 : v.stringValue().getBytes(StandardCharsets.UTF_8).length;
                size += v.binaryValue() == null ? 0 : v.binaryValue().length;
            }
        }
        return size;
    }

    static void checkSystemAttributes(Map<String, MessageSystemAttributeValue> attributes) {
        if (attributes == null) {
            return;
        }
        for (Map.Entry<String, MessageSystemAttributeValue> e : attributes.entrySet()) {
            if (!"AWSTraceHeader".equals(e.getKey())) {
                throw AwsException.invalidParameterValue("Message system attribute name '" + e.getKey() + "' is invalid.");
            }
            MessageSystemAttributeValue v = e.getValue();
            if (v == null || !"String".equals(v.dataType()) || v.stringValue() == null || v.stringValue().isEmpty()) {
                throw AwsException.invalidParameterValue("The message system attribute 'AWSTraceHeader' must be a non-empty "
                        + "value of type 'String'.");
            }
        }
    }

    private static void checkName(String name) {
        String lower = name.toLowerCase();
        if (!ATTRIBUTE_NAME.matcher(name).matches() || name.startsWith(".") || name.endsWith(".") || name.contains("..")
                || lower.startsWith("aws.") || lower.startsWith("amazon.")) {
            throw AwsException.invalidParameterValue("Message (user) attribute name '" + name + "' is invalid. The attribute name can "
                    + "contain A-Z, a-z, 0-9, underscore (_), hyphen (-), and period (.) characters, must not start or end with a "
                    + "period or contain consecutive periods, and must not start with 'AWS.' or 'Amazon.'.");
        }
    }

    private static int checkValue(String kind, String name, MessageAttributeValue v) {
        String type = v == null ? null : v.dataType();
        if (type == null || type.isEmpty()) {
            throw AwsException.invalidParameterValue("The " + kind + " '" + name + "' must contain a non-empty attribute type.");
        }
        String base = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        if (type.length() > 256 || !(base.equals("String") || base.equals("Number") || base.equals("Binary"))) {
            throw AwsException.invalidParameterValue("The type of " + kind + " '" + name + "' is invalid. You must use only the "
                    + "following supported type prefixes: Binary, Number, String.");
        }
        int size = name.getBytes(StandardCharsets.UTF_8).length + type.getBytes(StandardCharsets.UTF_8).length;
        if (base.equals("Binary")) {
            if (v.binaryValue() == null || v.binaryValue().length == 0 || v.stringValue() != null) {
                throw emptyValue(kind, name, base);
            }
            return size + v.binaryValue().length;
        }
        if (v.stringValue() == null || v.stringValue().isEmpty() || v.binaryValue() != null) {
            throw emptyValue(kind, name, base);
        }
        if (base.equals("Number")) {
            try {
                BigDecimal n = new BigDecimal(v.stringValue().trim());
                if (n.precision() > 38 || n.abs().compareTo(new BigDecimal("1e126")) > 0
                        || (n.signum() != 0 && n.abs().compareTo(new BigDecimal("1e-130")) < 0)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw AwsException.invalidParameterValue("Can't cast the value of " + kind + " '" + name + "' to a number.");
            }
        }
        checkBodyLike(kind, name, v.stringValue());
        return size + v.stringValue().getBytes(StandardCharsets.UTF_8).length;
    }

    private static void checkBodyLike(String kind, String name, String s) {
        try {
            checkBody(s);
        } catch (AwsException e) {
            throw AwsException.invalidParameterValue("The " + kind + " '" + name + "' contains characters outside the allowed set.");
        }
    }

    private static AwsException emptyValue(String kind, String name, String type) {
        String k = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        return AwsException.invalidParameterValue(k + " '" + name + "' must contain a non-empty value of type '" + type + "'.");
    }

    static void checkFifoId(String parameter, String value) {
        if (!FIFO_ID.matcher(value).matches()) {
            throw AwsException.invalidParameterValue("Value " + value + " for parameter " + parameter + " is invalid. Reason: " + parameter
                    + " can only include alphanumeric and punctuation characters. 1 to 128 in length.");
        }
    }

    static boolean validBatchId(String id) {
        return id != null && BATCH_ID.matcher(id).matches();
    }
}
