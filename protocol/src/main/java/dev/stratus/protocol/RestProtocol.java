package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rest-json and rest-xml: members bound to the URI, query string, headers and status code by
 * the model, the rest in the body as JSON or XML — or, when the shape names a payload member,
 * that member is the whole body (raw bytes for blobs and strings, a {@link StreamingBlob} for
 * streaming ones). S3 speaks rest-xml with an error envelope of its own.
 */
public final class RestProtocol implements Protocol {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public enum Body { JSON, XML, S3_XML }

    private final Body body;

    public RestProtocol(Body body) {
        this.body = body;
    }

    @Override
    public ObjectNode readInput(ServiceModel model, Operation operation, HttpRequest request, Map<String, String> pathLabels) {
        if (operation.input() == null) {
            return NODES.objectNode();
        }
        Shape input = model.shape(operation.input());
        ObjectNode raw = streamingPayload(input) != null ? streamed(input, request) : readBody(model, input, request.body());
        Set<String> boundQueryKeys = new HashSet<>();
        for (Map.Entry<String, Member> e : input.members().entrySet()) {
            Member m = e.getValue();
            if (m.location() != null && "querystring".equals(m.location()) && !model.shape(m.target()).isMap()) {
                boundQueryKeys.add(m.wireName());
            }
        }
        for (Map.Entry<String, Member> e : input.members().entrySet()) {
            Member m = e.getValue();
            Shape target = model.shape(m.target());
            JsonNode v = switch (m.location() == null ? "" : m.location()) {
                case "uri" -> text(pathLabels.get(m.wireName()));
                case "querystring" -> query(target, m, request, boundQueryKeys);
                case "header" -> header(target, request.header(m.wireName().toLowerCase()));
                case "headers" -> prefixedHeaders(m.wireName().toLowerCase(), request);
                default -> null;
            };
            if (v != null) {
                raw.set(e.getKey(), v);
            }
        }
        return new InputReader(model, ValidationStyle.of(model), true).readStructure(operation.input(), raw);
    }

    /** The shape's payload member when it is a streaming blob, else null. */
    private static Member streamingPayload(Shape shape) {
        Member payload = shape.payload() == null ? null : shape.members().get(shape.payload());
        return payload != null && payload.streaming() ? payload : null;
    }

    /**
     * The body left on the connection as the payload's stream. Its length is what the client
     * declared: the decoded length of an aws-chunked body, else Content-Length.
     */
    private static ObjectNode streamed(Shape input, HttpRequest request) {
        String declared = request.header("x-amz-decoded-content-length") != null ? request.header("x-amz-decoded-content-length")
                : request.header("content-length");
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            throw new AwsException("InvalidArgument", "The length of the body is not a number: " + declared);
        }
        String contentSha256 = String.valueOf(request.header("x-amz-content-sha256"));
        boolean chunked = String.valueOf(request.header("content-encoding")).contains("aws-chunked") || contentSha256.startsWith("STREAMING-");
        StreamingBlob.Source body = ContentSha256.declares(contentSha256) && !chunked
                ? () -> new ContentSha256(request.content().stream(), contentSha256) : () -> request.content().stream();
        ObjectNode raw = NODES.objectNode();
        raw.set(input.payload(), NODES.pojoNode(chunked ? StreamingBlob.chunked(length, body, request.header("x-amz-trailer"),
                request.content()::chunkSignatures) : StreamingBlob.of(length, body)));
        return raw;
    }

    private ObjectNode readBody(ServiceModel model, Shape input, byte[] bytes) {
        if (input.payload() != null) {
            ObjectNode raw = NODES.objectNode();
            Member payload = input.members().get(input.payload());
            Shape target = model.shape(payload.target());
            if (target.isStructure()) {
                if (bytes.length > 0) {
                    raw.set(input.payload(), parseStructure(model, target, bytes));
                }
            } else if (bytes.length > 0 || "blob".equals(target.type())) {
                raw.set(input.payload(), "blob".equals(target.type()) ? BinaryNode.valueOf(bytes)
                        : TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8)));
            }
            return raw;
        }
        return bytes.length == 0 ? NODES.objectNode() : parseStructure(model, input, bytes);
    }

    private ObjectNode parseStructure(ServiceModel model, Shape shape, byte[] bytes) {
        if (body != Body.JSON) {
            return XmlReader.structure(model, shape, XmlReader.parse(bytes));
        }
        ObjectNode n = Json.requestObject(bytes);
        ObjectNode out = NODES.objectNode();
        if (n != null) {
            shape.members().forEach((name, m) -> {
                if (m.location() == null && n.has(m.wireName())) {
                    out.set(name, n.get(m.wireName()));
                }
            });
        }
        return out;
    }

    private static JsonNode text(String s) {
        return s == null ? null : TextNode.valueOf(s);
    }

    private static JsonNode query(Shape target, Member m, HttpRequest request, Set<String> boundKeys) {
        if (target.isMap()) {
            ObjectNode out = NODES.objectNode();
            request.query().forEach((k, v) -> {
                if (!boundKeys.contains(k)) {
                    out.put(k, single(k, v));
                }
            });
            return out.isEmpty() ? null : out;
        }
        List<String> values = request.query().get(m.wireName());
        if (values == null) {
            return null;
        }
        if (target.isList()) {
            ArrayNode out = NODES.arrayNode();
            values.forEach(out::add);
            return out;
        }
        return TextNode.valueOf(single(m.wireName(), values));
    }

    /** A scalar given twice ({@code ?Qualifier=1&Qualifier=2}) is refused rather than read as either one. */
    private static String single(String key, List<String> values) {
        if (values.size() > 1) {
            throw new AwsException("SerializationException", "The query parameter " + key + " is given more than once.");
        }
        return values.get(0);
    }

    private static JsonNode header(Shape target, String value) {
        if (value == null) {
            return null;
        }
        if (target.isList()) {
            ArrayNode out = NODES.arrayNode();
            for (String part : value.split(",")) {
                out.add(part.trim());
            }
            return out;
        }
        return TextNode.valueOf(value);
    }

    private static JsonNode prefixedHeaders(String prefix, HttpRequest request) {
        ObjectNode out = NODES.objectNode();
        request.headers().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out.isEmpty() ? null : out;
    }

    @Override
    public HttpResponse writeOutput(ServiceModel model, Operation operation, JsonNode output, RequestContext context) {
        int status = operation.successStatus();
        if (operation.output() == null || output == null) {
            return HttpResponse.of(status, null, new byte[0]);
        }
        Shape shape = model.shape(operation.output());
        byte[] bytes;
        String contentType;
        StreamingBlob stream = null;
        if (streamingPayload(shape) != null) {
            JsonNode v = output.get(shape.payload());
            stream = v instanceof POJONode p && p.getPojo() instanceof StreamingBlob s ? s : null;
            bytes = new byte[0];
            contentType = "application/octet-stream";
        } else if (shape.payload() != null) {
            Member payload = shape.members().get(shape.payload());
            Shape target = model.shape(payload.target());
            JsonNode v = output.get(shape.payload());
            if (v == null || v.isNull()) {
                bytes = new byte[0];
                contentType = null;
            } else if (target.isStructure()) {
                bytes = writeStructure(model, target, payload.wireName(), v);
                contentType = body == Body.JSON ? "application/json" : "application/xml";
            } else {
                bytes = "blob".equals(target.type()) ? Scalars.binary(v) : v.asText().getBytes(StandardCharsets.UTF_8);
                contentType = "blob".equals(target.type()) ? "application/octet-stream" : "text/plain";
            }
        } else if (body != Body.JSON && shape.members().values().stream().allMatch(m -> m.location() != null)) {
            // Every member is a header or the status: rest-xml answers with no body at all.
            bytes = new byte[0];
            contentType = null;
        } else {
            bytes = writeStructure(model, shape, shape.locationName() != null ? shape.locationName() : shape.name(), output);
            contentType = body == Body.JSON ? "application/json" : "application/xml";
        }
        Map<String, String> headers = HttpResponse.of(status, contentType, bytes).headers();
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            JsonNode v = output.get(e.getKey());
            if (v == null || v.isNull() || m.location() == null) {
                continue;
            }
            Shape target = model.shape(m.target());
            switch (m.location()) {
                case "statusCode" -> status = v.asInt();
                case "header" -> headers.put(m.wireName(), target.isList() ? joined(v) : Scalars.text(target, v, Scalars.RFC_822));
                case "headers" -> v.properties().forEach(h -> headers.put(m.wireName() + h.getKey(), h.getValue().asText()));
                default -> {
                }
            }
        }
        if (body == Body.S3_XML && status == 200 && headers.containsKey("Content-Range")) {
            status = 206;
        }
        return new HttpResponse(status, headers, bytes, stream);
    }

    private static String joined(JsonNode list) {
        StringBuilder b = new StringBuilder();
        for (JsonNode n : list) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(n.asText());
        }
        return b.toString();
    }

    private byte[] writeStructure(ServiceModel model, Shape shape, String rootName, JsonNode v) {
        if (body == Body.S3_XML) {
            // Every S3 answer's root is in S3's namespace, which the model's output shapes do not name.
            return XmlWriter.document(model, shape, rootName, shape.xmlNamespace() != null ? shape.xmlNamespace() : model.xmlNamespace(), v)
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (body == Body.XML) {
            return XmlWriter.document(model, shape, rootName, shape.xmlNamespace(), v).getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode out = NODES.objectNode();
        shape.members().forEach((name, m) -> {
            JsonNode value = v.get(name);
            if (m.location() == null && value != null && !value.isNull()) {
                out.set(m.wireName(), value);
            }
        });
        return Json.bytes(out);
    }

    @Override
    public HttpResponse writeError(ServiceModel model, AwsError error, RequestContext context) {
        if (body == Body.S3_XML) {
            return s3Error(error, context);
        }
        if (body == Body.XML) {
            StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse><Error><Type>");
            x.append(error.senderFault() ? "Sender" : "Receiver").append("</Type><Code>");
            XmlWriter.escape(error.queryCode(), x);
            x.append("</Code><Message>");
            XmlWriter.escape(error.message(), x);
            x.append("</Message></Error><RequestId>").append(context.requestId()).append("</RequestId></ErrorResponse>");
            return HttpResponse.of(error.status(), "application/xml", x.toString().getBytes(StandardCharsets.UTF_8));
        }
        ObjectNode b = NODES.objectNode();
        b.put("__type", error.type());
        b.put("message", error.message());
        error.members().forEach(b::put);
        return HttpResponse.of(error.status(), "application/json", Json.bytes(b)).withHeader("X-Amzn-ErrorType", error.type());
    }

    /**
     * S3's envelope: {@code <Error>} with Code, Message, the error's own members (BucketName, Key,
     * …), RequestId and HostId; an answer to HEAD has the status and no body, as S3's.
     */
    private static HttpResponse s3Error(AwsError error, RequestContext context) {
        if (error.status() == 304) {
            // Not Modified carries no body, as HTTP requires.
            return HttpResponse.of(304, null, new byte[0]).withHeader("x-amz-request-id", context.requestId());
        }
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>");
        XmlWriter.escape(error.queryCode(), x);
        x.append("</Code><Message>");
        XmlWriter.escape(error.message(), x);
        x.append("</Message>");
        error.members().forEach((name, value) -> {
            x.append('<').append(name).append('>');
            XmlWriter.escape(value, x);
            x.append("</").append(name).append('>');
        });
        x.append("<RequestId>").append(context.requestId()).append("</RequestId><HostId>").append(context.requestId()).append("</HostId></Error>");
        return HttpResponse.of(error.status(), "application/xml", x.toString().getBytes(StandardCharsets.UTF_8))
                .withHeader("x-amz-request-id", context.requestId());
    }
}
