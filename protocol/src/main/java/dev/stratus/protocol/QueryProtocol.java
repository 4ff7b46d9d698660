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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * awsQuery and its EC2 dialect: form parameters (Action=…&Member.1.Name=…) in, XML out.
 * In awsQuery lists are {@code Name.member.N} or, flattened, {@code Name.N}, and maps
 * {@code Name.entry.N.key} or, flattened, {@code Name.N.key}, with the model's wire names;
 * answers wrap the output in {@code <OpResult>}. EC2 names members by their queryName (else
 * their capitalised name), always flattens lists, answers without a result wrapper but with a
 * {@code requestId}, and has an error envelope of its own.
 */
public final class QueryProtocol implements Protocol {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public enum Dialect { QUERY, EC2 }

    private final Dialect dialect;

    public QueryProtocol(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public ObjectNode readInput(ServiceModel model, Operation operation, HttpRequest request, Map<String, String> pathLabels) {
        NavigableMap<String, String> params = parameters(request);
        JsonNode raw = operation.input() == null ? null : structure(model, model.shape(operation.input()), "", params);
        return new InputReader(model, ValidationStyle.of(model), true).readStructure(operation.input(), raw);
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
            JsonNode v = value(model, e.getValue(), prefix + inputName(e.getValue()), params);
            if (v != null) {
                out.set(e.getKey(), v);
            }
        }
        return out;
    }

    private String inputName(Member m) {
        if (dialect == Dialect.QUERY) {
            return m.wireName();
        }
        String n = m.queryName() != null ? m.queryName() : m.wireName();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private ArrayNode list(ServiceModel model, Member member, Shape shape, String key, NavigableMap<String, String> params) {
        boolean flat = dialect == Dialect.EC2 || member.flattened() || shape.flattened();
        String base = flat ? key + "." : key + "." + XmlWriter.wire(shape.member(), "member") + ".";
        if (!hasPrefix(params, base)) {
            // "Name=" with no elements is how query clients send an empty list; botocore before the
            // JSON protocol (the AWS CLI v2.9) writes the member's own name there, not its wire name.
            String ownName = key.substring(0, key.length() - inputName(member).length()) + member.name();
            return params.containsKey(key) || params.containsKey(ownName) ? NODES.arrayNode() : null;
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
        String keyName = XmlWriter.wire(shape.key(), "key");
        String valueName = XmlWriter.wire(shape.value(), "value");
        for (int i = 1; params.containsKey(base + i + "." + keyName); i++) {
            JsonNode v = value(model, shape.value(), base + i + "." + valueName, params);
            out.set(params.get(base + i + "." + keyName), v == null ? NODES.nullNode() : v);
        }
        return out;
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
        if (dialect == Dialect.EC2) {
            x.append("<requestId>").append(context.requestId()).append("</requestId>");
            if (output != null && operation.output() != null) {
                XmlWriter.members(model, model.shape(operation.output()), output, x);
            }
            x.append("</").append(op).append("Response>");
            return HttpResponse.of(200, "text/xml;charset=UTF-8", x.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (operation.output() != null) {
            String wrapper = operation.resultWrapper() != null ? operation.resultWrapper() : op + "Result";
            x.append('<').append(wrapper).append('>');
            if (output != null) {
                XmlWriter.members(model, model.shape(operation.output()), output, x);
            }
            x.append("</").append(wrapper).append('>');
        }
        x.append("<ResponseMetadata><RequestId>").append(context.requestId()).append("</RequestId></ResponseMetadata></")
                .append(op).append("Response>");
        return HttpResponse.of(200, "text/xml", x.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public HttpResponse writeError(ServiceModel model, AwsError error, RequestContext context) {
        StringBuilder x = new StringBuilder(256);
        if (dialect == Dialect.EC2) {
            x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>");
            XmlWriter.escape(error.queryCode(), x);
            x.append("</Code><Message>");
            XmlWriter.escape(error.message(), x);
            x.append("</Message></Error></Errors><RequestID>").append(context.requestId()).append("</RequestID></Response>");
            return HttpResponse.of(error.status(), "text/xml;charset=UTF-8", x.toString().getBytes(StandardCharsets.UTF_8));
        }
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse");
        if (model != null) {
            x.append(" xmlns=\"").append(model.xmlNamespace()).append('"');
        }
        x.append("><Error><Type>").append(error.senderFault() ? "Sender" : "Receiver").append("</Type><Code>");
        XmlWriter.escape(error.queryCode(), x);
        x.append("</Code><Message>");
        XmlWriter.escape(error.message(), x);
        x.append("</Message><Detail/></Error><RequestId>").append(context.requestId()).append("</RequestId></ErrorResponse>");
        return HttpResponse.of(error.status(), "text/xml", x.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a request speaks a query protocol by its form: {@code Action} in the query string, or a form body. */
    static boolean isForm(HttpRequest request) {
        return request.query().containsKey("Action") || hasFormBody(request);
    }

    /**
     * Whether the body is a query request's form: POSTed as application/x-www-form-urlencoded. A
     * PUT is never one: it is an S3 object (or part), whose Content-Type may be anything, that one too.
     */
    static boolean hasFormBody(HttpRequest request) {
        String contentType = request.header("content-type");
        return "POST".equals(request.method()) && contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
    }

    /**
     * The parameters of a query request: its query string and its form body together. A key given
     * twice, in one or across both, is refused: AWS reads each parameter once, and taking the first
     * or the last would run a request other than the one a proxy or a log shows.
     */
    static NavigableMap<String, String> parameters(HttpRequest request) {
        NavigableMap<String, String> params = new TreeMap<>();
        request.query().forEach((k, v) -> {
            for (String value : v) {
                put(params, k, value);
            }
        });
        if (hasFormBody(request) && request.body().length > 0) {
            UrlEncoded.forEachPair(new String(request.body(), StandardCharsets.UTF_8), (k, v) -> put(params, k, v));
        }
        return params;
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (params.putIfAbsent(key, value) != null) {
            throw new AwsException("MalformedQueryString", "The parameter " + key + " is given more than once.");
        }
    }
}
