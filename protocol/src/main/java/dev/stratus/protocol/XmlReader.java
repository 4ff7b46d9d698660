package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/** Reads a rest-xml body into a raw tree by its shape (scalars as text, for {@link InputReader}). */
final class XmlReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private XmlReader() {
    }

    static Element parse(byte[] body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = f.newDocumentBuilder();
            // The JDK's default handler also prints "[Fatal Error] …" to stderr: a client's bad body is not Stratus's news.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (Exception e) {
            throw new AwsException("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema.");
        }
    }

    static ObjectNode structure(ServiceModel model, Shape shape, Element e) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, Member> m : shape.members().entrySet()) {
            Member member = m.getValue();
            if (member.location() != null) {
                continue;
            }
            if (member.xmlAttribute()) {
                String a = attribute(e, member.wireName());
                if (a != null) {
                    out.put(m.getKey(), a);
                }
                continue;
            }
            JsonNode v = member(model, member, e);
            if (v != null) {
                out.set(m.getKey(), v);
            }
        }
        return out;
    }

    private static JsonNode member(ServiceModel model, Member member, Element parent) {
        Shape shape = model.shape(member.target());
        String name = member.wireName();
        boolean flat = member.flattened() || shape.flattened();
        if (shape.isList()) {
            List<Element> items = flat ? children(parent, name) : children(first(parent, name), XmlWriter.wire(shape.member(), "member"));
            if (!flat && first(parent, name) == null) {
                return null;
            }
            if (flat && items.isEmpty()) {
                return null;
            }
            ArrayNode out = NODES.arrayNode();
            items.forEach(i -> out.add(value(model, model.shape(shape.member().target()), i)));
            return out;
        }
        if (shape.isMap()) {
            List<Element> entries = flat ? children(parent, name) : children(first(parent, name), "entry");
            if (entries.isEmpty() && (flat || first(parent, name) == null)) {
                return null;
            }
            ObjectNode out = NODES.objectNode();
            for (Element entry : entries) {
                Element k = first(entry, XmlWriter.wire(shape.key(), "key"));
                Element v = first(entry, XmlWriter.wire(shape.value(), "value"));
                if (k != null) {
                    out.set(k.getTextContent(), v == null ? NODES.nullNode() : value(model, model.shape(shape.value().target()), v));
                }
            }
            return out;
        }
        Element child = first(parent, name);
        return child == null ? null : value(model, shape, child);
    }

    private static JsonNode value(ServiceModel model, Shape shape, Element e) {
        return shape.isStructure() ? structure(model, shape, e) : TextNode.valueOf(e.getTextContent());
    }

    private static String attribute(Element e, String name) {
        int colon = name.indexOf(':');
        String local = colon < 0 ? name : name.substring(colon + 1);
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            String n = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (n.equals(local)) {
                return a.getNodeValue();
            }
        }
        return null;
    }

    private static Element first(Element parent, String name) {
        List<Element> l = children(parent, name);
        return l.isEmpty() ? null : l.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && name.equals(el.getLocalName() != null ? el.getLocalName() : el.getNodeName())) {
                out.add(el);
            }
        }
        return out;
    }
}
