package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import java.util.Map;

/**
 * Writes an output tree as XML by its shape, for the query, EC2 and rest-xml protocols: each
 * member an element named by its wire name; lists wrapped ({@code <Name><member>…}) or
 * flattened (the element repeated); maps as {@code entry} / key / value elements or flattened.
 */
public final class XmlWriter {
    private XmlWriter() {
    }

    /** A whole document: {@code shape}'s members of {@code node} under the root element {@code rootName}, in {@code namespace} (none when null). */
    public static String document(ServiceModel model, Shape shape, String rootName, String namespace, JsonNode node) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        open(model, shape, rootName, namespace, node, x);
        members(model, shape, node, x);
        return x.append("</").append(rootName).append('>').toString();
    }

    static void members(ServiceModel model, Shape shape, JsonNode node, StringBuilder x) {
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            JsonNode v = node.get(e.getKey());
            if (v != null && !v.isNull() && m.location() == null && !m.xmlAttribute()) {
                element(model, m, m.wireName(), v, x);
            }
        }
    }

    /** Writes {@code <name attr="…">} for the shape's xmlAttribute members, open. */
    static void open(ServiceModel model, Shape shape, String name, String namespace, JsonNode node, StringBuilder x) {
        x.append('<').append(name);
        if (namespace != null) {
            x.append(" xmlns=\"").append(namespace).append('"');
        }
        if (shape.isStructure() && node != null) {
            for (Map.Entry<String, Member> e : shape.members().entrySet()) {
                JsonNode v = node.get(e.getKey());
                if (e.getValue().xmlAttribute() && v != null && !v.isNull()) {
                    if (e.getValue().wireName().startsWith("xsi:")) {
                        // S3's Grantee type is xsi:type, whose prefix the element itself declares, as S3 writes it.
                        x.append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
                    }
                    x.append(' ').append(e.getValue().wireName()).append("=\"");
                    escape(Scalars.text(model.shape(e.getValue().target()), v, Scalars.ISO_8601), x);
                    x.append('"');
                }
            }
        }
        x.append('>');
    }

    static void element(ServiceModel model, Member member, String name, JsonNode v, StringBuilder x) {
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
                if (shape.isStructure()) {
                    open(model, shape, name, null, v, x);
                    members(model, shape, v, x);
                } else {
                    x.append('<').append(name).append('>');
                    escape(Scalars.text(shape, v, member.timestampFormat() != null ? member.timestampFormat() : Scalars.ISO_8601), x);
                }
                x.append("</").append(name).append('>');
            }
        }
    }

    static String wire(Member m, String fallback) {
        return m.locationName() != null ? m.locationName() : fallback;
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
                // XML 1.0 cannot carry other control characters, even escaped; they can only come from input echoed in a message.
                default -> x.append(c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
    }
}
