package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;

/**
 * Turns the tree a protocol parsed into the canonical input tree every service receives,
 * checking it against the model on the way: required members, types, lengths and ranges.
 * Scalars arrive typed (JSON, CBOR) or as text (query, REST headers and query strings, which
 * {@code textScalars} allows). Canonical forms: blobs are binary nodes, timestamps are decimal
 * epoch seconds, unknown members are dropped.
 */
public final class InputReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ServiceModel model;
    private final ValidationStyle style;
    private final boolean textScalars;

    public InputReader(ServiceModel model, ValidationStyle style, boolean textScalars) {
        this.model = model;
        this.style = style;
        this.textScalars = textScalars;
    }

    /**
     * The input of an RPC protocol whose body is one typed document (JSON, CBOR): it must be an
     * object, and query-compatible services report what breaks the model in query style.
     */
    static ObjectNode document(ServiceModel model, Operation operation, JsonNode raw) {
        if (raw != null && !raw.isObject()) {
            throw new AwsException("SerializationException", "Start of structure or map found where not expected.");
        }
        return new InputReader(model, ValidationStyle.of(model), false).readStructure(operation.input(), raw);
    }

    public ObjectNode readStructure(String shapeName, JsonNode raw) {
        if (shapeName == null) {
            return NODES.objectNode();
        }
        JsonNode n = read(model.shape(shapeName), raw == null ? NODES.objectNode() : raw, "");
        return (ObjectNode) n;
    }

    private JsonNode read(Shape shape, JsonNode raw, String path) {
        if (raw == null || raw.isNull()) {
            return null;
        }
        return switch (shape.type()) {
            case "structure" -> structure(shape, raw, path);
            case "list" -> list(shape, raw, path);
            case "map" -> map(shape, raw, path);
            case "string" -> string(shape, raw, path);
            case "integer", "long" -> integer(shape, raw, path);
            case "float", "double" -> decimal(shape, raw, path);
            case "boolean" -> bool(raw, path);
            case "blob" -> blob(shape, raw, path);
            case "timestamp" -> timestamp(raw, path);
            default -> raw;
        };
    }

    private ObjectNode structure(Shape shape, JsonNode raw, String path) {
        if (!raw.isObject()) {
            throw style.wrongType(name(path, shape.name()), "a structure");
        }
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            String member = e.getKey();
            JsonNode given = raw.get(member);
            // Most members of a request are absent: their path is spelt only for an error.
            JsonNode v = given == null || given.isNull() ? null : read(model.shape(e.getValue().target()), given, memberPath(path, member));
            if (v != null) {
                out.set(member, v);
            } else if (shape.required().contains(member)) {
                throw style.missing(memberPath(path, member));
            }
        }
        return out;
    }

    private static String memberPath(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private ArrayNode list(Shape shape, JsonNode raw, String path) {
        if (!raw.isArray()) {
            throw style.wrongType(path, "a list");
        }
        // AWS quotes a list that breaks its length as the list itself, and names an element "list.N.member".
        checkLength(shape, raw.size(), path, raw);
        ArrayNode out = NODES.arrayNode(raw.size());
        Shape element = model.shape(shape.member().target());
        for (int i = 0; i < raw.size(); i++) {
            String elementPath = path + "." + (i + 1) + ".member";
            JsonNode v = read(element, raw.get(i), elementPath);
            if (v == null) {
                throw style.wrongType(elementPath, "a value, not null");
            }
            out.add(v);
        }
        return out;
    }

    private ObjectNode map(Shape shape, JsonNode raw, String path) {
        if (!raw.isObject()) {
            throw style.wrongType(path, "a map");
        }
        checkLength(shape, raw.size(), path, raw.size());
        ObjectNode out = NODES.objectNode();
        Shape keyShape = model.shape(shape.key().target());
        Shape valueShape = model.shape(shape.value().target());
        for (Map.Entry<String, JsonNode> e : raw.properties()) {
            string(keyShape, TextNode.valueOf(e.getKey()), path);
            JsonNode v = read(valueShape, e.getValue(), path + "." + e.getKey());
            if (v == null) {
                throw style.missing(path + "." + e.getKey());
            }
            out.set(e.getKey(), v);
        }
        return out;
    }

    private TextNode string(Shape shape, JsonNode raw, String path) {
        if (!raw.isTextual()) {
            throw style.wrongType(path, "a string");
        }
        String s = raw.textValue();
        checkLength(shape, s.codePointCount(0, s.length()), path, s);
        if (shape.pattern() != null && !shape.pattern().matcher(s).matches()) {
            throw constraint(shape, path, s, "Member must satisfy regular expression pattern: " + shape.pattern().pattern());
        }
        // Coral checks enums; query-compatible services answer a bad value with their own codes instead, and S3
        // (rest-xml, not Coral) in its own words, taking some values in other spellings (a filter rule's "Prefix").
        if (shape.enumValues() != null && !style.query() && !"rest-xml".equals(model.protocol()) && !shape.enumValues().contains(s)) {
            throw constraint(shape, path, s, "Member must satisfy enum value set: [" + String.join(", ", shape.enumValues()) + "]");
        }
        return (TextNode) raw;
    }

    private JsonNode integer(Shape shape, JsonNode raw, String path) {
        long v;
        if (raw.isIntegralNumber() && raw.canConvertToLong()) {
            v = raw.longValue();
        } else if (raw.isTextual() && textScalars) {
            try {
                v = Long.parseLong(raw.textValue().trim());
            } catch (NumberFormatException e) {
                throw style.wrongType(path, "an integer");
            }
        } else {
            throw style.wrongType(path, "an integer");
        }
        if ("integer".equals(shape.type()) && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            throw style.wrongType(path, "an integer");
        }
        if ((shape.min() != null && v < shape.min()) || (shape.max() != null && v > shape.max())) {
            throw constraint(shape, path, v, range(shape));
        }
        return "integer".equals(shape.type()) ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    private JsonNode decimal(Shape shape, JsonNode raw, String path) {
        double v;
        if (raw.isNumber()) {
            v = raw.doubleValue();
        } else if (raw.isTextual() && (textScalars || isSpecialDouble(raw.textValue()))) {
            try {
                v = Double.parseDouble(raw.textValue().trim());
            } catch (NumberFormatException e) {
                throw style.wrongType(path, "a number");
            }
        } else {
            throw style.wrongType(path, "a number");
        }
        return DoubleNode.valueOf(v);
    }

    private static boolean isSpecialDouble(String s) {
        return "NaN".equals(s) || "Infinity".equals(s) || "-Infinity".equals(s);
    }

    private BooleanNode bool(JsonNode raw, String path) {
        if (raw.isBoolean()) {
            return (BooleanNode) raw;
        }
        if (raw.isTextual() && textScalars) {
            String s = raw.textValue().trim();
            if ("true".equalsIgnoreCase(s) || "false".equalsIgnoreCase(s)) {
                return BooleanNode.valueOf(Boolean.parseBoolean(s));
            }
        }
        throw style.wrongType(path, "a boolean");
    }

    private JsonNode blob(Shape shape, JsonNode raw, String path) {
        byte[] bytes;
        if (raw.isPojo() && ((POJONode) raw).getPojo() instanceof StreamingBlob) {
            return raw;
        } else if (raw.isBinary()) {
            bytes = ((BinaryNode) raw).binaryValue();
        } else if (raw.isTextual()) {
            try {
                bytes = Base64.getDecoder().decode(raw.textValue());
            } catch (IllegalArgumentException e) {
                throw style.wrongType(path, "base64-encoded binary data");
            }
        } else {
            throw style.wrongType(path, "binary data");
        }
        checkLength(shape, bytes.length, path, "(" + bytes.length + " bytes)");
        return BinaryNode.valueOf(bytes);
    }

    private DecimalNode timestamp(JsonNode raw, String path) {
        if (raw.isNumber()) {
            return DecimalNode.valueOf(raw.decimalValue());
        }
        if (raw.isTextual()) {
            String s = raw.textValue().trim();
            try {
                return DecimalNode.valueOf(new BigDecimal(s));
            } catch (NumberFormatException notEpoch) {
                try {
                    Instant t = s.contains(",") ? ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                            : OffsetDateTime.parse(s).toInstant();
                    return DecimalNode.valueOf(Scalars.epochSeconds(t));
                } catch (DateTimeParseException e) {
                    throw style.wrongType(path, "a timestamp");
                }
            }
        }
        throw style.wrongType(path, "a timestamp");
    }

    private void checkLength(Shape shape, long length, String path, Object shown) {
        if (shape.min() != null && length < shape.min()) {
            throw constraint(shape, path, shown, "Member must have length greater than or equal to " + shape.min());
        }
        if (shape.max() != null && length > shape.max()) {
            throw constraint(shape, path, shown, "Member must have length less than or equal to " + shape.max());
        }
    }

    /** The refusal of a value breaking {@code constraint}; a sensitive one (a password, a secret) is not repeated in it. */
    private AwsException constraint(Shape shape, String path, Object value, String constraint) {
        return shape.sensitive() ? style.sensitiveConstraint(path, constraint) : style.constraint(path, value, constraint);
    }

    private static String range(Shape shape) {
        if (shape.min() != null && shape.max() != null) {
            return "Member must have value between " + shape.min() + " and " + shape.max();
        }
        return shape.min() != null ? "Member must have value greater than or equal to " + shape.min()
                : "Member must have value less than or equal to " + shape.max();
    }

    private static String name(String path, String fallback) {
        return path.isEmpty() ? fallback : path;
    }
}
