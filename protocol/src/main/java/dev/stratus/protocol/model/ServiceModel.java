package dev.stratus.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A service model as AWS publishes it (botocore's service-2.json), loaded from the classpath
 * at {@code models/<id>.json}. Two optional overlays of ours complete what the JSON models no
 * longer carry: {@code <id>.errors.json} (query error codes, statuses, and the validation code as
 * $validation) and
 * {@code <id>.query.json} (query wire names of members, keyed Shape.Member or MapShape.key /
 * MapShape.value, and the XML namespace as $xmlNamespace, for query-compatible services).
 */
public final class ServiceModel {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String id;
    private final String protocol;
    private final String apiVersion;
    private final String targetPrefix;
    private final String jsonVersion;
    private final String signingName;
    private final String endpointPrefix;
    private final String xmlNamespace;
    private final boolean queryCompatible;
    private final String validationErrorCode;
    private final boolean declaresValidationCode;
    private final Map<String, Operation> operations;
    private final Map<String, Shape> shapes;

    private ServiceModel(String id, JsonNode root, JsonNode errors, JsonNode queryNames, JsonNode roots) {
        this.id = id;
        JsonNode meta = root.path("metadata");
        this.protocol = meta.path("protocol").asText();
        this.apiVersion = meta.path("apiVersion").asText();
        this.targetPrefix = textOrNull(meta.get("targetPrefix"));
        this.jsonVersion = meta.path("jsonVersion").asText("1.0");
        this.signingName = meta.has("signingName") ? meta.get("signingName").asText() : meta.path("endpointPrefix").asText();
        this.endpointPrefix = meta.path("endpointPrefix").asText();
        this.xmlNamespace = queryNames.has("$xmlNamespace") ? queryNames.get("$xmlNamespace").asText()
                : meta.has("xmlNamespace") ? meta.get("xmlNamespace").asText()
                : "http://" + endpointPrefix + ".amazonaws.com/doc/" + apiVersion + "/";
        this.queryCompatible = meta.has("awsQueryCompatible");
        this.validationErrorCode = errors.path("$validation").asText("ValidationException");
        this.declaresValidationCode = errors.has("$validation");

        Map<String, Shape> s = new HashMap<>();
        root.path("shapes").properties().forEach(e ->
                s.put(e.getKey(), readShape(e.getKey(), e.getValue(), errors.get(e.getKey()), queryNames, textOrNull(roots.get(e.getKey())))));
        this.shapes = Collections.unmodifiableMap(s);

        Map<String, Operation> ops = new LinkedHashMap<>();
        root.path("operations").properties().forEach(e -> ops.put(e.getKey(), readOperation(e.getKey(), e.getValue())));
        this.operations = Collections.unmodifiableMap(ops);
    }

    public static ServiceModel load(String id) {
        ClassLoader cl = ServiceModel.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream("models/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no model models/" + id + ".json on the classpath");
            }
            return new ServiceModel(id, MAPPER.readTree(in), overlay(cl, id + ".errors.json"), overlay(cl, id + ".query.json"),
                    overlay(cl, id + ".roots.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode overlay(ClassLoader cl, String name) throws IOException {
        try (InputStream in = cl.getResourceAsStream("models/" + name)) {
            return in == null ? MAPPER.createObjectNode() : MAPPER.readTree(in);
        }
    }

    /** {@code root}: the element S3's answers of this shape are in, which the JSON model no longer carries (from {@code <id>.roots.json}). */
    private static Shape readShape(String name, JsonNode n, JsonNode errorOverlay, JsonNode queryNames, String root) {
        Map<String, Member> members = new LinkedHashMap<>();
        n.path("members").properties().forEach(e -> {
            String override = textOrNull(queryNames.get(name + "." + e.getKey()));
            members.put(e.getKey(), readMember(e.getKey(), e.getValue(), override));
        });
        Set<String> required = new LinkedHashSet<>();
        n.path("required").forEach(r -> required.add(r.asText()));
        List<String> enums = new ArrayList<>();
        n.path("enum").forEach(v -> enums.add(v.asText()));
        Member key = n.has("key") ? readMember("key", n.get("key"), textOrNull(queryNames.get(name + ".key"))) : null;
        Member value = n.has("value") ? readMember("value", n.get("value"), textOrNull(queryNames.get(name + ".value"))) : null;
        return new Shape(name, n.path("type").asText(), Collections.unmodifiableMap(members), Collections.unmodifiableSet(required),
                n.has("member") ? readMember("member", n.get("member"), null) : null, key, value,
                n.has("min") ? n.get("min").asLong() : null, n.has("max") ? n.get("max").asLong() : null, pattern(n.get("pattern")),
                enums.isEmpty() ? null : List.copyOf(enums), n.path("flattened").asBoolean(false),
                root != null ? root : textOrNull(n.get("locationName")), textOrNull(n.get("timestampFormat")), textOrNull(n.get("payload")),
                textOrNull(n.path("xmlNamespace").get("uri")),
                n.path("exception").asBoolean(false) ? readError(name, n.get("error"), errorOverlay) : null,
                n.path("sensitive").asBoolean(false));
    }

    /** A model's pattern as a Java regex; the few that Java cannot compile are not checked. */
    private static Pattern pattern(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return null;
        }
        try {
            return Pattern.compile(n.asText());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private static ErrorTraits readError(String name, JsonNode modelError, JsonNode overlay) {
        JsonNode e = overlay != null ? overlay : modelError;
        if (e == null) {
            return new ErrorTraits(name, 400, true);
        }
        String code = e.has("code") ? e.get("code").asText() : name;
        int status = e.has("status") ? e.get("status").asInt() : e.path("httpStatusCode").asInt(400);
        boolean sender = e.has("fault") ? "Sender".equals(e.get("fault").asText()) : e.path("senderFault").asBoolean(status < 500);
        return new ErrorTraits(code, status, sender);
    }

    private static Member readMember(String name, JsonNode n, String locationOverride) {
        String locationName = locationOverride != null ? locationOverride : textOrNull(n.get("locationName"));
        return new Member(name, n.path("shape").asText(), textOrNull(n.get("location")), locationName,
                textOrNull(n.get("queryName")), n.path("xmlAttribute").asBoolean(false), n.path("flattened").asBoolean(false),
                textOrNull(n.get("timestampFormat")), n.path("streaming").asBoolean(false));
    }

    private static Operation readOperation(String name, JsonNode n) {
        JsonNode http = n.path("http");
        List<String> errors = new ArrayList<>();
        n.path("errors").forEach(e -> errors.add(e.path("shape").asText()));
        return new Operation(name, http.path("method").asText("POST"), http.path("requestUri").asText("/"),
                http.path("responseCode").asInt(200),
                textOrNull(n.path("input").get("shape")), textOrNull(n.path("output").get("shape")),
                textOrNull(n.path("output").get("resultWrapper")), List.copyOf(errors), n.path("deprecated").asBoolean(false));
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    public String id() {
        return id;
    }

    public String protocol() {
        return protocol;
    }

    /** The API version, as query clients send it in {@code Version=}: 2010-03-31 for SNS. */
    public String apiVersion() {
        return apiVersion;
    }

    public String targetPrefix() {
        return targetPrefix;
    }

    public String jsonVersion() {
        return jsonVersion;
    }

    public String signingName() {
        return signingName;
    }

    public String endpointPrefix() {
        return endpointPrefix;
    }

    public String xmlNamespace() {
        return xmlNamespace;
    }

    /** True when the model carries awsQueryCompatible: errors also travel as x-amzn-query-error. */
    public boolean queryCompatible() {
        return queryCompatible;
    }

    /**
     * The code a JSON or REST service (or a query service that declares it) answers for input that
     * breaks its model: ValidationException unless the errors overlay says otherwise under
     * "$validation" (CloudWatch Logs answers InvalidParameterException, IAM ValidationError).
     */
    public String validationErrorCode() {
        return validationErrorCode;
    }

    /**
     * Whether the errors overlay names the validation code: a query service that does answers in
     * Coral's words under it (IAM's ValidationError) instead of MissingParameter / InvalidParameterValue.
     */
    public boolean declaresValidationCode() {
        return declaresValidationCode;
    }

    public Map<String, Operation> operations() {
        return operations;
    }

    public Operation operation(String name) {
        return operations.get(name);
    }

    public Shape shape(String name) {
        Shape s = shapes.get(name);
        if (s == null) {
            throw new IllegalStateException("model " + id + " has no shape " + name);
        }
        return s;
    }

    public Map<String, Shape> shapes() {
        return shapes;
    }

    /** The error shape with this name, or null when the model does not declare it. */
    public Shape errorShape(String name) {
        Shape s = shapes.get(name);
        return s != null && s.isException() ? s : null;
    }
}
