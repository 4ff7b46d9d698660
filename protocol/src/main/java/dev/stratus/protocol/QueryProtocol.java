package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * awsQuery: form parameters (Action=…&Member.1.Name=…) in, XML out. Lists are
 * {@code Name.member.N} or, flattened, {@code Name.N}; maps {@code Name.entry.N.key} or,
 * flattened, {@code Name.N.key}, with the model's wire names.
 */
public final class QueryProtocol implements Protocol {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public ObjectNode readInput(ServiceModel model, Operation operation, HttpRequest request) {
        NavigableMap<String, String> params = new TreeMap<>();
        request.query().forEach((k, v) -> params.put(k, v.get(0)));
        params.putAll(FormBody.parse(request));
        JsonNode raw = operation.input() == null ? null : structure(model, model.shape(operation.input()), "", params);
        return new InputReader(model, ValidationStyle.QUERY, true).readStructure(operation.input(), raw);
    }

    private JsonNode value(ServiceModel model, Member member, String key, NavigableMap<String, String> params) {
        Shape shape = model.shape(member.target());
        return switch (shape.type()) {
            case "structure" -> hasPrefix(params, key + ".") ? structure(model, shape, key + ".", params) : null;
            case "list" -> list(model, member, shape, key, params);
            case "map" -> map(model, member, shape, key, params);
            default -> params.containsKey(key) ? TextNode.valueOf(params.get(key)) : null;
        };
    }

    private ObjectNode structure(ServiceModel model, Shape shape, String prefix, NavigableMap<String, String> params) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            JsonNode v = value(model, e.getValue(), prefix + e.getValue().wireName(), params);
            if (v != null) {
                out.set(e.getKey(), v);
            }
        }
        return out;
    }

    private ArrayNode list(ServiceModel model, Member member, Shape shape, String key, NavigableMap<String, String> params) {
        String base = member.flattened() || shape.flattened() ? key + "." : key + "." + wire(shape.member(), "member") + ".";
        if (!hasPrefix(params, base)) {
            // "Name=" with no elements is how query clients send an empty list.
            return params.containsKey(key) ? NODES.arrayNode() : null;
        }
        ArrayNode out = NODES.arrayNode();
        for (int i = 1; ; i++) {
            JsonNode v = value(model, shape.member(), base + i, params);
            if (v == null) {
                return out;
            }
            out.add(v);
        }
    }

    private ObjectNode map(ServiceModel model, Member member, Shape shape, String key, NavigableMap<String, String> params) {
        String base = member.flattened() || shape.flattened() ? key + "." : key + ".entry.";
        if (!hasPrefix(params, base)) {
            return params.containsKey(key) ? NODES.objectNode() : null;
        }
        ObjectNode out = NODES.objectNode();
        String keyName = wire(shape.key(), "key");
        String valueName = wire(shape.value(), "value");
        for (int i = 1; params.containsKey(base + i + "." + keyName); i++) {
            JsonNode v = value(model, shape.value(), base + i + "." + valueName, params);
            out.set(params.get(base + i + "." + keyName), v == null ? NODES.nullNode() : v);
        }
        return out;
    }

    private static String wire(Member m, String fallback) {
        return m.locationName() != null ? m.locationName() : fallback;
    }

    private static boolean hasPrefix(NavigableMap<String, String> params, String prefix) {
        String k = params.ceilingKey(prefix);
        return k != null && k.startsWith(prefix);
    }

    @Override
    public HttpResponse writeOutput(ServiceModel model, Operation operation, JsonNode output, RequestContext context) {
        StringBuilder x = new StringBuilder(256);
        String op = operation.name();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(op).append("Response xmlns=\"").append(model.xmlNamespace()).append("\">");
        if (operation.output() != null) {
            String wrapper = operation.resultWrapper() != null ? operation.resultWrapper() : op + "Result";
            x.append('<').append(wrapper).append('>');
            if (output != null) {
                members(model, model.shape(operation.output()), output, x);
            }
            x.append("</").append(wrapper).append('>');
        }
        x.append("<ResponseMetadata><RequestId>").append(context.requestId()).append("</RequestId></ResponseMetadata></")
                .append(op).append("Response>");
        return HttpResponse.of(200, "text/xml", x.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void members(ServiceModel model, Shape shape, JsonNode node, StringBuilder x) {
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            JsonNode v = node.get(e.getKey());
            if (v != null && !v.isNull()) {
                element(model, e.getValue(), e.getValue().wireName(), v, x);
            }
        }
    }

    private void element(ServiceModel model, Member member, String name, JsonNode v, StringBuilder x) {
        Shape shape = model.shape(member.target());
        switch (shape.type()) {
            case "list" -> {
                boolean flat = member.flattened() || shape.flattened();
                if (!flat) {
                    x.append('<').append(name).append('>');
                }
                String itemName = flat ? name : wire(shape.member(), "member");
                for (JsonNode item : v) {
                    element(model, shape.member(), itemName, item, x);
                }
                if (!flat) {
                    x.append("</").append(name).append('>');
                }
            }
            case "map" -> {
                boolean flat = member.flattened() || shape.flattened();
                if (!flat) {
                    x.append('<').append(name).append('>');
                }
                String entry = flat ? name : "entry";
                for (Map.Entry<String, JsonNode> e : v.properties()) {
                    x.append('<').append(entry).append('>');
                    String keyName = wire(shape.key(), "key");
                    x.append('<').append(keyName).append('>');
                    escape(e.getKey(), x);
                    x.append("</").append(keyName).append('>');
                    element(model, shape.value(), wire(shape.value(), "value"), e.getValue(), x);
                    x.append("</").append(entry).append('>');
                }
                if (!flat) {
                    x.append("</").append(name).append('>');
                }
            }
            default -> {
                x.append('<').append(name).append('>');
                if (shape.isStructure()) {
                    members(model, shape, v, x);
                } else {
                    escape(scalar(shape, v), x);
                }
                x.append("</").append(name).append('>');
            }
        }
    }

    private static String scalar(Shape shape, JsonNode v) {
        return switch (shape.type()) {
            case "blob" -> Base64.getEncoder().encodeToString(binary(v));
            case "timestamp" -> DateTimeFormatter.ISO_INSTANT.format(instant(v));
            default -> v.asText();
        };
    }

    private static byte[] binary(JsonNode v) {
        try {
            return v.isBinary() ? v.binaryValue() : Base64.getDecoder().decode(v.asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(JsonNode v) {
        BigDecimal seconds = v.decimalValue();
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }

    @Override
    public HttpResponse writeError(ServiceModel model, AwsError error, RequestContext context) {
        StringBuilder x = new StringBuilder(256);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse");
        if (model != null) {
            x.append(" xmlns=\"").append(model.xmlNamespace()).append('"');
        }
        x.append("><Error><Type>").append(error.senderFault() ? "Sender" : "Receiver").append("</Type><Code>");
        escape(error.queryCode(), x);
        x.append("</Code><Message>");
        escape(error.message(), x);
        x.append("</Message><Detail/></Error><RequestId>").append(context.requestId()).append("</RequestId></ErrorResponse>");
        return HttpResponse.of(error.status(), "text/xml", x.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void escape(String s, StringBuilder x) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '"' -> x.append("&quot;");
                case '\'' -> x.append("&apos;");
                case '\r' -> x.append("&#xD;");
                default -> x.append(c);
            }
        }
    }

    /** Parameters of an application/x-www-form-urlencoded body. */
    static final class FormBody {
        static Map<String, String> parse(HttpRequest request) {
            Map<String, String> out = new TreeMap<>();
            if (request.body().length == 0) {
                return out;
            }
            String s = new String(request.body(), StandardCharsets.UTF_8);
            for (String pair : s.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                out.put(decode(k), decode(v));
            }
            return out;
        }

        static String decode(String s) {
            try {
                return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new AwsException("MalformedQueryString", "The query string is malformed: " + s);
            }
        }

        private FormBody() {
        }
    }

}
