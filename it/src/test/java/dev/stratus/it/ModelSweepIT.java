package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.XmlWriter;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import dev.stratus.testkit.StratusExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The model-generated sweep: for every operation of a service, requests built from its model
 * with random, boundary, missing, null and wrongly typed values, aimed at real resources so they
 * get past the first checks. Every answer must be a 2xx that fits the operation's output (a JSON
 * object with its members; for REST, the model's status, and an empty or raw body where the
 * output has a payload or no body members), an error the operation declares or one of the
 * service's common ones, or — for an operation Stratus does not implement yet — its 501; never
 * another 5xx, a hang or a dropped connection. JSON services are called through X-Amz-Target,
 * rest-json ones by method and URI template with members bound to the path, query string,
 * headers and body as the model says, and awsQuery ones with a form of Action, Version and the
 * input flattened as botocore's query serializer does; their answers are XML that must parse:
 * the operation's result fitting its output shape, or an ErrorResponse with Type, Code, Message
 * and RequestId (EC2's dialect: members by their queryName or capitalised name, every list as
 * Name.N, answers {@code <OpResponse>} with a requestId, errors Response/Errors/Error with a
 * RequestID; EC2's model declares no errors, so any 4xx in that shape passes). Each service's target — what it is called with, what it may answer, the resources
 * its requests aim at — is in its own file, {@code <Service>SweepTarget}.
 */
class ModelSweepIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int REQUESTS_PER_OPERATION = 60;
    static final long SEED = Long.getLong("sweep.seed", 20261124L);
    /**
     * With -Dsweep.tally=true, each operation's answers are counted on stdout by clean or rough
     * request, status, error code and what a 400 or 404 blames: to see how far requests get.
     */
    static final boolean TALLY = Boolean.getBoolean("sweep.tally");
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    /** The sample function's package: app.py, whose handler answers its event at once. */
    static final byte[] SAMPLE_ZIP = zip("app.py", "def handler(event, context):\n    return event\n");
    static final Pattern LABEL = Pattern.compile("\\{([^}]+)\\}");
    final Random random = new Random(SEED);
    /**
     * Whether the request being built is a clean one: values within the model's constraints where
     * the generator can find them (enum values, ranges, lengths, patterns), the aimed members always
     * present, tokens it cannot know left out, no wrong types — so that it gets past the model's
     * checks to the operation's own logic. One request in three is; the rest are the rough ones.
     */
    boolean clean;
    /** The newest version of the layer the Lambda sweep aims at; setup keeps it current. */
    long layerVersion = 1;

    /**
     * A service under the sweep: how to call it, what it may answer, and resources to aim at.
     * A key of {@code known} names the members whose values are mostly taken from its list: by
     * suffix ({@code Arn} also steers {@code TargetArn}), or exactly when it starts with {@code =};
     * a null in the list leaves the member out. {@code =MapShape.key} steers the keys of maps of
     * that shape, whose values are then steered by the key.
     */
    record Target(ServiceModel model, String contentType, Class<?> implementation, Set<String> commonErrors,
                  Map<String, List<String>> known, Set<String> resetAfter, int requestsPerOperation, ThrowingRunnable setup) {
        boolean rest() {
            return model.protocol().startsWith("rest-");
        }

        /** S3: rest-xml, payload structures as XML documents, errors in S3's {@code <Error>} envelope. */
        boolean restXml() {
            return model.protocol().equals("rest-xml");
        }

        boolean query() {
            return model.protocol().equals("query");
        }

        /** EC2's dialect of query: members by their EC2 names, lists always flat, its own XML answers and errors. */
        boolean ec2() {
            return model.protocol().equals("ec2");
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * One request as sent: method, path and query, headers and body. {@code emptyLabel} marks a
     * request whose URI lost a label (left out or empty), which no route of its operation matches.
     */
    record Wire(String method, String pathAndQuery, Map<String, String> headers, byte[] body, boolean emptyLabel) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(method).append(' ').append(pathAndQuery);
            headers.forEach((k, v) -> {
                if (k.startsWith("X-Amz-") && !k.equals("X-Amz-Target")) {
                    b.append(" [").append(k).append(": ").append(v).append(']');
                }
            });
            return b.append(' ').append(shorten(new String(body, StandardCharsets.UTF_8))).toString();
        }
    }

    static HttpResponse<String> call(Target t, String operation, String body) throws Exception {
        return call(t.contentType(), t.model().targetPrefix() + "." + operation, body);
    }

    /** A JSON call for setting up, to the operation an X-Amz-Target names. */
    static HttpResponse<String> call(String contentType, String target, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(STRATUS.endpoint().resolve("/"))
                .header("Content-Type", contentType)
                .header("X-Amz-Target", target)
                .timeout(ANSWER_WITHIN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** An awsQuery call for setting up, with parameters given as name, value, name, value …: the root of its answer, which must be a 200. */
    static Element query(Target t, String action, String... parameters) throws Exception {
        StringJoiner form = new StringJoiner("&").add("Action=" + action).add("Version=" + t.model().apiVersion());
        for (int i = 0; i < parameters.length; i += 2) {
            form.add(encode(parameters[i]) + "=" + encode(parameters[i + 1]));
        }
        HttpResponse<byte[]> r = send(new Wire("POST", "/", Map.of("Content-Type", t.contentType(), "Authorization", authorization(t.model())),
                form.toString().getBytes(StandardCharsets.UTF_8), false));
        assertEquals(200, r.statusCode(), action + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return xml(r.body());
    }

    /** A REST call for setting up, with a JSON body or none. */
    static HttpResponse<String> rest(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(STRATUS.endpoint().resolve(path)).timeout(ANSWER_WITHIN)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> send(Wire w) throws IOException, InterruptedException {
        // Appended, not resolved: a path that lost its first label ("//key") would be read as a host.
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(STRATUS.endpoint() + w.pathAndQuery())).timeout(ANSWER_WITHIN)
                .method(w.method(), w.body().length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(w.body()));
        // The HTTP client sets these itself and refuses them (S3's model binds Content-Length and Expect).
        w.headers().forEach((name, value) -> {
            if (!Set.of("content-length", "expect", "host", "connection", "upgrade").contains(name.toLowerCase())) {
                b.header(name, value);
            }
        });
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void sqs() throws Exception {
        sweep(SqsSweepTarget.of());
    }

    @Test
    void cloudwatch() throws Exception {
        sweep(CloudWatchSweepTarget.of());
    }

    @Test
    void logs() throws Exception {
        sweep(LogsSweepTarget.of());
    }

    @Test
    void events() throws Exception {
        sweep(EventsSweepTarget.of());
    }

    @Test
    void lambda() throws Exception {
        sweep(LambdaSweepTarget.of(this));
    }

    @Test
    void sns() throws Exception {
        sweep(SnsSweepTarget.of());
    }

    @Test
    void iam() throws Exception {
        sweep(IamSweepTarget.of());
    }

    @Test
    void kms() throws Exception {
        sweep(KmsSweepTarget.of());
    }

    @Test
    void sts() throws Exception {
        sweep(StsSweepTarget.of());
    }

    @Test
    void ssm() throws Exception {
        sweep(SsmSweepTarget.of());
    }

    @Test
    void secretsmanager() throws Exception {
        sweep(SecretsManagerSweepTarget.of());
    }

    @Test
    void cloudtrail() throws Exception {
        sweep(CloudTrailSweepTarget.of());
    }

    @Test
    void ec2() throws Exception {
        sweep(Ec2SweepTarget.of());
    }

    @Test
    void autoscaling() throws Exception {
        sweep(AutoScalingSweepTarget.of());
    }

    @Test
    void scheduler() throws Exception {
        sweep(SchedulerSweepTarget.of());
    }

    @Test
    void s3() throws Exception {
        sweep(S3SweepTarget.of());
    }

    private void sweep(Target t) throws Exception {
        long started = System.nanoTime();
        t.setup().run();
        Set<String> implemented = Arrays.stream(t.implementation().getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        int sent = 0;
        int unanswered = 0;
        Map<String, Map<String, Integer>> tally = new TreeMap<>();
        sweeping:
        for (Operation op : t.model().operations().values()) {
            boolean served = implemented.contains(Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1));
            // An operation that only answers 501 needs a few requests to show that it does so cleanly.
            for (int i = 0; i < (served ? t.requestsPerOperation() : 5); i++) {
                clean = i % 3 == 0;
                ObjectNode input = op.input() == null ? NODES.objectNode() : (ObjectNode) structure(t, t.model().shape(op.input()), 0);
                Wire w = t.rest() ? restRequest(t, op, input, i % 20 == 19) : t.query() || t.ec2() ? queryRequest(t, op, input, i % 20 == 19)
                        : jsonRequest(t, op, input, i % 20 == 19);
                HttpResponse<byte[]> r;
                sent++;
                try {
                    r = send(w);
                } catch (HttpTimeoutException e) {
                    problems.add(op.name() + " " + w + " -> no answer within " + ANSWER_WITHIN.toSeconds() + " s");
                    if (++unanswered == 3) {
                        break sweeping;
                    }
                    continue;
                } catch (IOException e) {
                    problems.add(op.name() + " " + w + " -> the connection failed: " + e);
                    continue;
                }
                if (t.resetAfter().contains(op.name()) && r.statusCode() / 100 == 2) {
                    t.setup().run();
                }
                if (TALLY) {
                    tally.computeIfAbsent(op.name(), k -> new TreeMap<>())
                            .merge((clean ? "clean " : "") + r.statusCode() + " " + errorCode(t, r) + reason(t, r), 1, Integer::sum);
                }
                String problem = judge(t, op, served, r, w.emptyLabel());
                if (problem != null) {
                    problems.add(op.name() + " " + w + " -> " + r.statusCode() + " " + shorten(new String(r.body(), StandardCharsets.UTF_8))
                            + ": " + problem);
                }
            }
        }
        if (TALLY) {
            tally.forEach((op, answers) -> System.out.println("  " + op + " " + answers));
        }
        System.out.printf("model sweep of %s: %d requests in %.1f s (seed %d)%n", t.model().id(), sent, (System.nanoTime() - started) / 1e9, SEED);
        assertTrue(problems.isEmpty(), problems.size() + " of " + sent + " answers broke the contract (seed " + SEED + "):\n"
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    // Requests

    private static Wire jsonRequest(Target t, Operation op, ObjectNode input, boolean truncate) {
        String body = Json.string(input);
        if (truncate) {
            body = body.substring(0, body.length() / 2);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", t.contentType());
        headers.put("X-Amz-Target", t.model().targetPrefix() + "." + op.name());
        return new Wire("POST", "/", headers, body.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * A rest-json request: URI members fill the labels of the operation's template (greedy ones
     * keep their slashes), querystring members become parameters beside the template's literal
     * ones, header members headers, and the rest the JSON body — or the payload member the whole
     * body, raw bytes for a blob. Timestamps go as ISO 8601 in the query string, RFC 822 in
     * headers and epoch seconds in the body.
     */
    private Wire restRequest(Target t, Operation op, ObjectNode input, boolean truncate) {
        ServiceModel model = t.model();
        Shape shape = op.input() == null ? null : model.shape(op.input());
        Map<String, Member> byLabel = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization(model));
        String uri = op.requestUri();
        int q = uri.indexOf('?');
        StringJoiner query = new StringJoiner("&");
        if (q >= 0) {
            query.add(uri.substring(q + 1));
        }
        ObjectNode body = NODES.objectNode();
        boolean bodyMembers = false;
        byte[] payload = null;
        String payloadType = null;
        if (shape != null) {
            for (Map.Entry<String, Member> e : shape.members().entrySet()) {
                Member m = e.getValue();
                Shape target = model.shape(m.target());
                JsonNode v = input.get(e.getKey());
                switch (m.location() == null ? "" : m.location()) {
                    case "uri" -> byLabel.put(m.wireName(), m);
                    case "querystring" -> {
                        if (v != null && target.isMap() && v.isObject()) {
                            v.properties().forEach(p -> query.add(encode(p.getKey()) + "=" + encode(scalar(model.shape(target.value().target()), p.getValue(), "iso8601"))));
                        } else if (v != null) {
                            for (String s : texts(model, target, v, "iso8601")) {
                                query.add(encode(m.wireName()) + "=" + encode(s));
                            }
                        }
                    }
                    case "header" -> {
                        if (v != null) {
                            headers.put(m.wireName(), headerValue(String.join(",", texts(model, target, v, "rfc822"))));
                        }
                    }
                    case "headers" -> {
                        if (v != null && v.isObject()) {
                            v.properties().forEach(p -> {
                                if (p.getKey().matches("[A-Za-z0-9-]+")) {
                                    headers.put(m.wireName() + p.getKey(), headerValue(scalar(model.shape(target.value().target()), p.getValue(), "rfc822")));
                                }
                            });
                        }
                    }
                    case "statusCode" -> {
                    }
                    default -> {
                        if (e.getKey().equals(shape.payload())) {
                            payloadType = target.type();
                            if (v != null) {
                                payload = switch (target.type()) {
                                    case "blob" -> rawPayload(v);
                                    case "string" -> (v.isTextual() ? v.textValue() : v.toString()).getBytes(StandardCharsets.UTF_8);
                                    default -> t.restXml() ? XmlWriter.document(model, target, m.locationName() != null ? m.locationName()
                                            : target.locationName() != null ? target.locationName() : e.getKey(), model.xmlNamespace(), v)
                                            .getBytes(StandardCharsets.UTF_8)
                                            : Json.bytes(v);
                                };
                            }
                        } else {
                            bodyMembers = true;
                            if (v != null) {
                                body.set(m.wireName(), v);
                            }
                        }
                    }
                }
            }
        }
        Matcher labels = LABEL.matcher(q < 0 ? uri : uri.substring(0, q));
        StringBuilder path = new StringBuilder();
        boolean emptyLabel = false;
        while (labels.find()) {
            String label = labels.group(1);
            boolean greedy = label.endsWith("+");
            Member m = byLabel.get(greedy ? label.substring(0, label.length() - 1) : label);
            JsonNode v = m == null ? null : input.get(m.name());
            String s = v == null ? "" : scalar(model.shape(m.target()), v, "iso8601");
            emptyLabel |= s.isEmpty();
            String encoded = greedy ? Arrays.stream(s.split("/", -1)).map(ModelSweepIT::encode).collect(Collectors.joining("/")) : encode(s);
            labels.appendReplacement(path, Matcher.quoteReplacement(encoded));
        }
        labels.appendTail(path);
        if (query.length() > 0) {
            path.append('?').append(query);
        }
        byte[] bytes;
        if (payloadType != null) {
            bytes = payload == null ? new byte[0] : payload;
            if (!payloadType.equals("blob") && !payloadType.equals("string")) {
                headers.put("Content-Type", t.contentType());
            }
        } else if (bodyMembers) {
            bytes = Json.bytes(body);
            headers.put("Content-Type", t.contentType());
        } else {
            bytes = new byte[0];
        }
        if (truncate && bytes.length > 0) {
            bytes = Arrays.copyOf(bytes, bytes.length / 2);
        }
        return new Wire(op.httpMethod(), path.toString(), headers, bytes, emptyLabel);
    }

    /** A SigV4 Authorization header whose credential scope names the service: how Stratus tells services apart without a target. */
    static String authorization(ServiceModel model) {
        return "AWS4-HMAC-SHA256 Credential=AKIDSWEEP/20261124/us-east-1/" + model.signingName() + "/aws4_request, SignedHeaders=host, Signature=0";
    }

    /**
     * An awsQuery request as botocore's query serializer writes it: a form body of Action, Version
     * and the input flattened by {@link #form}, signed for the service; a truncated one keeps its
     * Action and Version. One rough request in ten, if short, goes as a GET with its parameters in
     * the query string, which AWS takes as well.
     */
    private Wire queryRequest(Target t, Operation op, ObjectNode input, boolean truncate) {
        ServiceModel model = t.model();
        Map<String, String> params = new LinkedHashMap<>();
        if (op.input() != null) {
            model.shape(op.input()).members().forEach((name, m) -> {
                if (input.has(name)) {
                    form(model, m, input.get(name), t.ec2() ? ec2Name(m) : m.wireName(), params, t.ec2());
                }
            });
        }
        String encoded = params.entrySet().stream().map(e -> "&" + encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining());
        encoded = "Action=" + op.name() + "&Version=" + model.apiVersion() + (truncate ? encoded.substring(0, encoded.length() / 2) : encoded);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization(model));
        if (!truncate && !clean && random.nextInt(10) == 0 && encoded.length() < 2048) {
            return new Wire("GET", "/?" + encoded, headers, new byte[0], false);
        }
        headers.put("Content-Type", t.contentType());
        return new Wire("POST", "/", headers, encoded.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Flattens a member's value into form parameters as botocore's query serializer does: structure
     * members as Prefix.Name by their wire names; lists as Name.member.N (the element's wire name
     * for "member"), a flattened one as Name.N (its last part the element's wire name, if it has
     * one), an empty one as a bare "Name="; maps as Name.entry.N.key and .value by their wire names,
     * a flattened one as Name.N.key; timestamps in ISO 8601, blobs as the base64 they are generated
     * as, booleans as true or false. A value of the wrong kind goes as what it is — an array as
     * Name.member.N, an object as Name.Field — and a null as an empty value. Now and then a rough
     * request numbers a list's elements or a map's entries from 0 or 2 instead of 1.
     */
    private void form(ServiceModel model, Member member, JsonNode v, String prefix, Map<String, String> params, boolean ec2) {
        Shape shape = model.shape(member.target());
        boolean flat = ec2 || member.flattened() || shape.flattened();
        if (v.isNull()) {
            params.put(prefix, "");
        } else if (shape.isStructure() && v.isObject()) {
            shape.members().forEach((name, m) -> {
                if (v.has(name)) {
                    form(model, m, v.get(name), prefix + "." + (ec2 ? ec2Name(m) : m.wireName()), params, ec2);
                }
            });
        } else if (shape.isList() && v.isArray()) {
            if (v.isEmpty()) {
                params.put(prefix, "");
            }
            int first = firstIndex();
            String items = ec2 ? prefix : !flat ? prefix + "." + shape.member().wireName()
                    : shape.member().locationName() == null ? prefix : prefix.substring(0, prefix.lastIndexOf('.') + 1) + shape.member().locationName();
            for (int i = 0; i < v.size(); i++) {
                form(model, shape.member(), v.get(i), items + "." + (first + i), params, ec2);
            }
        } else if (shape.isMap() && v.isObject()) {
            String entries = flat ? prefix : prefix + ".entry";
            int i = firstIndex();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                params.put(entries + "." + i + "." + shape.key().wireName(), e.getKey());
                form(model, shape.value(), e.getValue(), entries + "." + i + "." + shape.value().wireName(), params, ec2);
                i++;
            }
        } else if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                params.put(prefix + ".member." + (i + 1), v.get(i).isValueNode() ? v.get(i).asText() : v.get(i).toString());
            }
        } else if (v.isObject()) {
            v.properties().forEach(e -> params.put(prefix + "." + e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        } else {
            params.put(prefix, scalar(shape, v, "iso8601"));
        }
    }

    /** A member's name in EC2's query dialect: its queryName, else its capitalised wire name. */
    private static String ec2Name(Member m) {
        String n = m.queryName() != null ? m.queryName() : m.wireName();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** The number of a query list's first element or a map's first entry: 1, or in one rough list in ten 0 or 2. */
    private int firstIndex() {
        return clean || random.nextInt(10) != 0 ? 1 : pick(0, 2);
    }

    /** The raw body of a blob payload such as Invoke's: mostly a JSON document, sometimes not. */
    private byte[] rawPayload(JsonNode generated) {
        return switch (random.nextInt(clean ? 4 : 8)) {
            case 0, 1, 2 -> Json.bytes(NODES.objectNode().put("key", text()).put("n", random.nextInt(100)));
            case 3 -> List.of("{}", "[1,2]", "\"s\"", "42", "null", "true").get(random.nextInt(6)).getBytes(StandardCharsets.UTF_8);
            case 4 -> new byte[0];
            case 5 -> "{\"unterminated\": ".getBytes(StandardCharsets.UTF_8);
            default -> {
                try {
                    yield generated.isTextual() ? Base64.getDecoder().decode(generated.textValue()) : generated.toString().getBytes(StandardCharsets.UTF_8);
                } catch (IllegalArgumentException notBase64) {
                    yield generated.textValue().getBytes(StandardCharsets.UTF_8);
                }
            }
        };
    }

    /** A value bound to the query string or a header, as text: each element of a list, else the value. */
    private static List<String> texts(ServiceModel model, Shape shape, JsonNode v, String timestampFormat) {
        if (shape.isList() && v.isArray()) {
            Shape element = model.shape(shape.member().target());
            List<String> out = new ArrayList<>();
            v.forEach(e -> out.add(scalar(element, e, timestampFormat)));
            return out;
        }
        return List.of(scalar(shape, v, timestampFormat));
    }

    private static String scalar(Shape shape, JsonNode v, String timestampFormat) {
        if (v.isNull()) {
            return "";
        }
        if ("timestamp".equals(shape.type()) && v.isNumber()) {
            BigDecimal seconds = v.decimalValue();
            Instant t = Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
            try {
                return "rfc822".equals(timestampFormat) ? DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC))
                        : DateTimeFormatter.ISO_INSTANT.format(t);
            } catch (DateTimeException e) {
                return seconds.toPlainString();
            }
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What an HTTP client can put in a header: visible ASCII and spaces; anything else becomes '?'. */
    private static String headerValue(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return b.toString().strip();
    }

    // Judgement

    private static String judge(Target t, Operation op, boolean served, HttpResponse<byte[]> r, boolean emptyLabel) {
        String text = new String(r.body(), StandardCharsets.UTF_8);
        int status = r.statusCode();
        if (t.restXml()) {
            return status / 100 == 2 ? restXmlSuccess(op, status, r.body(), emptyLabel) : s3Error(t, op, served, status, r.body(), emptyLabel);
        }
        if (status / 100 == 2) {
            return t.rest() ? restSuccess(t, op, status, text, emptyLabel) : t.query() ? querySuccess(t, op, status, xml(r.body()))
                    : t.ec2() ? ec2Success(op, status, xml(r.body()))
                    : jsonSuccess(t, op, status, text);
        }
        String code;
        Shape shape;
        String fault = null;
        if (t.ec2()) {
            return ec2Error(served, status, xml(r.body()));
        }
        if (t.query()) {
            // What botocore and the SDKs read of an awsQuery error: ErrorResponse/Error/Code and Message, and the RequestId.
            Element root = xml(r.body());
            if (root == null || !root.getTagName().equals("ErrorResponse")) {
                return "an error without an XML ErrorResponse";
            }
            code = text(root, "Error", "Code");
            fault = text(root, "Error", "Type");
            if (child(child(root, "Error"), "Message") == null || text(root, "RequestId").isEmpty()) {
                return "an error without a Message or a RequestId";
            }
            shape = queryError(t.model(), code);
        } else {
            JsonNode body = json(text);
            if (body == null || !body.isObject()) {
                return "an error without a JSON object";
            }
            String type = typeIn(body);
            String named = t.rest() ? typeIn(r) : "";
            if (!type.isEmpty() && !named.isEmpty() && !type.equals(named)) {
                return "X-Amzn-ErrorType says " + named + ", __type " + type;
            }
            code = named.isEmpty() ? type : named;
            shape = t.model().errorShape(code);
        }
        if (code.isEmpty()) {
            return "an error without a code";
        }
        if (status == 501) {
            return !served && code.equals("NotImplemented") ? null : "a 501 from an operation Stratus implements";
        }
        boolean declared = shape != null && op.errors().contains(shape.name());
        // Some Lambda errors are modelled as 502 (InvalidZipFileException, InvalidRuntimeException …); a bare 500 (Lambda's
        // ServiceException, SNS's InternalError) never passes.
        if (status >= 500 && !(declared && shape.error().httpStatus() == status && status != 500)) {
            return "a server error";
        }
        // A request whose URI lost a label reaches another route or none: any clean error will do.
        boolean elsewhere = emptyLabel && (code.equals("UnknownOperationException") || shape != null);
        if (!declared && !t.commonErrors().contains(code) && !elsewhere) {
            return "an error the operation does not declare: " + code;
        }
        if (shape != null && shape.error().httpStatus() != status) {
            return "status " + status + " where the model gives " + code + " " + shape.error().httpStatus();
        }
        if (t.query()) {
            String expected = shape == null || shape.error().senderFault() ? "Sender" : "Receiver";
            return status / 100 != 4 ? "an error with status " + status : fault.equals(expected) ? null : "Type " + fault + " where " + expected + " is due";
        }
        boolean header = r.headers().firstValue("x-amzn-query-error").isPresent();
        return header == t.model().queryCompatible() ? null : "x-amzn-query-error header present: " + header;
    }

    /** An S3 answer of success: the model's status (206 for a range), and a body that is empty, raw (a payload) or XML. */
    private static String restXmlSuccess(Operation op, int status, byte[] body, boolean emptyLabel) {
        if (status != op.successStatus() && status != 206 && !emptyLabel) {
            return "status " + status + " where the model gives " + op.successStatus();
        }
        return body.length == 0 || body[0] != '<' || xml(body) != null ? null : "a body that starts as XML but is not";
    }

    /**
     * An S3 error as the SDKs read it: {@code <Error>} with a Code, a Message and a RequestId (an
     * answer to HEAD has none: its status says it); 501 only where unserved (or where a request
     * that lost a label landed); never a 5xx otherwise; a modelled error with the model's status.
     */
    private static String s3Error(Target t, Operation op, boolean served, int status, byte[] body, boolean emptyLabel) {
        if (op.httpMethod().equals("HEAD")) {
            return status / 100 == 4 ? null : "a HEAD answered " + status;
        }
        Element root = xml(body);
        if (root == null || !root.getTagName().equals("Error")) {
            return "an error without an XML Error";
        }
        String code = text(root, "Code");
        if (code.isEmpty() || child(root, "Message") == null || text(root, "RequestId").isEmpty()) {
            return "an error without a Code, a Message or a RequestId";
        }
        if (status == 501) {
            // A request whose URI lost its key reaches a bucket's operation, which may not be served; and S3 itself answers 501
            // to a header that asks for what it does not do (If-None-Match other than *), which is not Stratus's "does not implement".
            boolean s3Own = !text(root, "Message").startsWith("Stratus does not implement");
            return (!served || emptyLabel || s3Own) && code.equals("NotImplemented") ? null : "a 501 from an operation Stratus implements";
        }
        if (status >= 500) {
            return "a server error";
        }
        Shape shape = t.model().errorShape(code);
        if (shape == null && !t.commonErrors().contains(code)) {
            return "an error S3 does not have: " + code;
        }
        return shape != null && shape.error().httpStatus() != status ? "status " + status + " where the model gives " + code + " " + shape.error().httpStatus()
                : null;
    }

    /** An EC2 answer of success: {@code <OpResponse>} in the model's namespace with a requestId. */
    private static String ec2Success(Operation op, int status, Element root) {
        if (status != 200 || root == null) {
            return "a " + status + " without an XML document";
        }
        if (!root.getTagName().equals(op.name() + "Response")) {
            return "a root <" + root.getTagName() + ">";
        }
        return text(root, "requestId").isEmpty() ? "no requestId" : null;
    }

    /** An EC2 error as botocore reads it: Response/Errors/Error with a Code and a Message, and a RequestID; 501 only where unserved. */
    private static String ec2Error(boolean served, int status, Element root) {
        if (root == null || !root.getTagName().equals("Response")) {
            return "an error without an XML Response";
        }
        String code = text(root, "Errors", "Error", "Code");
        if (code.isEmpty() || child(child(child(root, "Errors"), "Error"), "Message") == null || text(root, "RequestID").isEmpty()) {
            return "an error without a Code, a Message or a RequestID";
        }
        if (status == 501) {
            return !served && code.equals("NotImplemented") ? null : "a 501 from an operation Stratus implements";
        }
        return status / 100 == 4 ? null : "a server error";
    }

    /** The error code in X-Amzn-ErrorType, as rest-json clients read it first ({@code Code:…} names Code), or "". */
    private static String typeIn(HttpResponse<byte[]> r) {
        String header = r.headers().firstValue("X-Amzn-ErrorType").orElse("");
        return header.contains(":") ? header.substring(0, header.indexOf(':')) : header;
    }

    /** The error code in a body's __type ({@code namespace#Code} names Code), or "". */
    private static String typeIn(JsonNode body) {
        String type = body.path("__type").asText();
        return type.substring(type.indexOf('#') + 1);
    }

    /** The error shape whose query code (what awsQuery answers name) this is, or null. */
    private static Shape queryError(ServiceModel model, String code) {
        return model.shapes().values().stream().filter(s -> s.isException() && s.error().queryCode().equals(code)).findFirst().orElse(null);
    }

    /** For the tally: the error code an answer carries, header first, or "" for none. */
    private static String errorCode(Target t, HttpResponse<byte[]> r) {
        if (t.restXml()) {
            return r.statusCode() / 100 == 2 ? "" : text(xml(r.body()), "Code");
        }
        if (t.ec2()) {
            return r.statusCode() / 100 == 2 ? "" : text(xml(r.body()), "Errors", "Error", "Code");
        }
        if (t.query()) {
            return r.statusCode() / 100 == 2 ? "" : text(xml(r.body()), "Error", "Code");
        }
        JsonNode body = r.statusCode() / 100 == 2 ? null : json(new String(r.body(), StandardCharsets.UTF_8));
        String named = typeIn(r);
        return !named.isEmpty() || body == null ? named : typeIn(body);
    }

    /** For the tally: which member a 400 blames and why, or the start of its message. */
    private static String reason(Target t, HttpResponse<byte[]> r) {
        if (r.statusCode() != 400 && r.statusCode() != 404) {
            return "";
        }
        if (t.restXml()) {
            return " (" + text(xml(r.body()), "Message") + ")";
        }
        boolean xml = t.query() || t.ec2();
        JsonNode body = xml ? null : json(new String(r.body(), StandardCharsets.UTF_8));
        if (body == null && !xml) {
            return "";
        }
        String m = t.ec2() ? text(xml(r.body()), "Errors", "Error", "Message") : t.query() ? text(xml(r.body()), "Error", "Message")
                : body.path("message").asText();
        Matcher blamed = Pattern.compile("at '([^']*)'.*constraint: (.{0,30})").matcher(m);
        return " (" + (blamed.find() ? blamed.group(1) + ": " + blamed.group(2) : m.substring(0, Math.min(90, m.length()))) + ")";
    }

    private static String jsonSuccess(Target t, Operation op, int status, String text) {
        JsonNode body = json(text);
        if (status != 200 || body == null || !body.isObject()) {
            return "a " + status + " without a JSON object";
        }
        return strangers(t.model(), op, body);
    }

    /**
     * A rest-json 2xx: the model's status unless the output binds the status code; an empty or
     * raw body where the output has a payload member or no body members, else a JSON object.
     */
    private static String restSuccess(Target t, Operation op, int status, String text, boolean emptyLabel) {
        JsonNode body = json(text);
        if (emptyLabel) {
            return text.isEmpty() || (body != null && body.isObject()) ? null : "a " + status + " with neither a JSON object nor an empty body";
        }
        Shape out = op.output() == null ? null : t.model().shape(op.output());
        boolean statusBound = out != null && out.members().values().stream().anyMatch(m -> "statusCode".equals(m.location()));
        if (!statusBound && status != op.successStatus()) {
            return "status " + status + " where the model gives " + op.successStatus();
        }
        if (out != null && out.payload() != null) {
            boolean structure = t.model().shape(out.members().get(out.payload()).target()).isStructure();
            return !structure || text.isEmpty() || (body != null && body.isObject()) ? null : "a payload structure that is not a JSON object";
        }
        boolean bodyMembers = out != null && out.members().values().stream().anyMatch(m -> m.location() == null);
        if (text.isEmpty() && !bodyMembers) {
            return null;
        }
        if (body == null || !body.isObject()) {
            return "a " + status + " without a JSON object";
        }
        return strangers(t.model(), op, body);
    }

    /** Members of the answer that the operation's output does not have, if any. */
    private static String strangers(ServiceModel model, Operation op, JsonNode body) {
        Set<String> names = new HashSet<>();
        if (op.output() != null) {
            model.shape(op.output()).members().forEach((name, m) -> {
                if (m.location() == null) {
                    names.add(name);
                    names.add(m.wireName());
                }
            });
        }
        List<String> strangers = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!names.contains(f)) {
                strangers.add(f);
            }
        });
        return strangers.isEmpty() ? null : "members the output " + op.output() + " does not have: " + strangers;
    }

    /**
     * An awsQuery 2xx: a 200 whose XML root is {@code <OpResponse>} in the service's namespace,
     * holding ResponseMetadata's RequestId and, where the operation has output, its result wrapper
     * ({@code <OpResult>} unless the model names another) whose elements fit the output shape.
     */
    private static String querySuccess(Target t, Operation op, int status, Element root) {
        if (status != 200 || root == null) {
            return "a " + status + " without an XML document";
        }
        if (!root.getTagName().equals(op.name() + "Response") || !t.model().xmlNamespace().equals(root.getAttribute("xmlns"))) {
            return "a root <" + root.getTagName() + " xmlns=\"" + root.getAttribute("xmlns") + "\">";
        }
        if (text(root, "ResponseMetadata", "RequestId").isEmpty()) {
            return "no ResponseMetadata/RequestId";
        }
        if (op.output() == null) {
            return null;
        }
        String wrapper = op.resultWrapper() != null ? op.resultWrapper() : op.name() + "Result";
        Element result = child(root, wrapper);
        return result == null ? "no <" + wrapper + ">" : fits(t.model(), t.model().shape(op.output()), result, wrapper);
    }

    /**
     * Whether an answer's element fits its shape, as the query parsers read it: a structure's
     * children are its members by wire name (a flattened list's elements repeated), a list's are
     * its elements, a map's entries each a key and a value, and a scalar's text reads as its type.
     * Null when it fits, else what does not.
     */
    private static String fits(ServiceModel model, Shape shape, Element e, String path) {
        switch (shape.type()) {
            case "structure" -> {
                for (Element c : children(e)) {
                    Member m = shape.members().values().stream().filter(x -> x.location() == null && x.wireName().equals(c.getTagName()))
                            .findFirst().orElse(null);
                    if (m == null) {
                        return path + " has <" + c.getTagName() + ">, which " + shape.name() + " does not";
                    }
                    Shape target = model.shape(m.target());
                    boolean flat = m.flattened() || target.flattened();
                    String problem = flat && target.isList() ? fits(model, model.shape(target.member().target()), c, path + "/" + c.getTagName())
                            : flat && target.isMap() ? entry(model, target, c, path + "/" + c.getTagName())
                            : fits(model, target, c, path + "/" + c.getTagName());
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            }
            case "list" -> {
                for (Element c : children(e)) {
                    String problem = !c.getTagName().equals(shape.member().wireName()) ? path + " has <" + c.getTagName() + "> for an element"
                            : fits(model, model.shape(shape.member().target()), c, path + "/" + c.getTagName());
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            }
            case "map" -> {
                for (Element c : children(e)) {
                    String problem = !c.getTagName().equals("entry") ? path + " has <" + c.getTagName() + "> for an entry" : entry(model, shape, c, path + "/entry");
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            }
            default -> {
                if (!children(e).isEmpty()) {
                    return path + " holds elements, not a " + shape.type();
                }
                String s = e.getTextContent();
                boolean reads = switch (shape.type()) {
                    case "integer", "long" -> s.matches("-?[0-9]+");
                    case "float", "double" -> s.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|NaN|-?Infinity");
                    case "boolean" -> s.equals("true") || s.equals("false");
                    case "timestamp" -> s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})");
                    case "blob" -> s.matches("[A-Za-z0-9+/]*={0,2}");
                    default -> true;
                };
                return reads ? null : path + " holds '" + shorten(s) + "', not a " + shape.type();
            }
        }
    }

    /** Whether a map's entry holds its key and, fitting its shape, a value. */
    private static String entry(ServiceModel model, Shape map, Element entry, String path) {
        Element key = child(entry, map.key().wireName());
        Element value = child(entry, map.value().wireName());
        if (key == null || value == null || children(entry).size() != 2) {
            return path + " is not a <" + map.key().wireName() + "> and a <" + map.value().wireName() + ">";
        }
        return fits(model, model.shape(map.value().target()), value, path + "/" + map.value().wireName());
    }

    /** The root element of an XML document, or null when the body is not one. */
    private static Element xml(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fails on what does not parse, silently
            return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (Exception e) {
            return null;
        }
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child element of this name, or null (also when there is no parent). */
    private static Element child(Element e, String name) {
        return e == null ? null : children(e).stream().filter(c -> c.getTagName().equals(name)).findFirst().orElse(null);
    }

    /** The text at a path of child elements, or "" when it is not there. */
    static String text(Element e, String... path) {
        for (String name : path) {
            e = child(e, name);
        }
        return e == null ? "" : e.getTextContent();
    }

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…(" + s.length() + " chars)";
    }

    // Values

    private JsonNode structure(Target t, Shape shape, int depth) {
        ObjectNode out = NODES.objectNode();
        for (var e : shape.members().entrySet()) {
            boolean required = shape.required().contains(e.getKey());
            // Clean requests carry the members the sweep aims (known ones, packages) and leave out tokens it cannot know.
            boolean omit = clean ? !required && (UNKNOWABLE.contains(e.getKey()) || !aimed(t, e.getKey()) && random.nextInt(3) == 0)
                    : random.nextInt(10) < (required ? 1 : 4);
            if (omit) {
                continue;
            }
            JsonNode v = value(t, e.getKey(), e.getValue(), depth);
            if (v != null) {
                out.set(e.getKey(), v);
            } else if (required) {
                out.put(e.getKey(), "v" + random.nextInt(1000));
            }
        }
        return out;
    }

    private JsonNode value(Target t, String name, Member member, int depth) {
        Shape shape = t.model().shape(member.target());
        if (clean) {
            return cleanValue(t, name, shape, depth);
        }
        if (random.nextInt(15) == 0) {
            return wrongType(shape);
        }
        return switch (shape.type()) {
            case "structure" -> depth > 4 ? NODES.objectNode() : structure(t, shape, depth + 1);
            case "list" -> {
                ArrayNode a = NODES.arrayNode();
                int n = pick(0, 1, 2, 10, 11);
                for (int i = 0; i < n; i++) {
                    a.add(random.nextInt(20) == 0 ? NODES.nullNode() : value(t, name, shape.member(), depth + 1));
                }
                yield a;
            }
            case "map" -> {
                ObjectNode m = NODES.objectNode();
                Shape keys = t.model().shape(shape.key().target());
                int n = pick(0, 1, 3, 11);
                for (int i = 0; i < n; i++) {
                    // Keys the target steers (known's "=MapShape.key") mostly come from its list.
                    String k = aimed(t, shape.name() + ".key") && random.nextBoolean() ? string(t, shape.name() + ".key", keys)
                            : keys.enumValues() != null && random.nextBoolean() ? keys.enumValues().get(random.nextInt(keys.enumValues().size()))
                            : text();
                    m.set(k, value(t, k, shape.value(), depth + 1));
                }
                yield m;
            }
            // Long polls are exercised, briefly: a random wait would spend the sweep waiting.
            case "integer" -> name.equals("WaitTimeSeconds") ? NODES.numberNode(pick(-1, 0, 1, 21)) : NODES.numberNode(random.nextBoolean() ? random.nextInt(11)
                    : pick(-1, 0, 1, 10, 11, 20, 21, 900, 901, 43200, 43201, Integer.MAX_VALUE, random.nextInt()));
            // A layer's version number aims at the layer's newest version, mostly.
            case "long" -> name.equals("VersionNumber") && random.nextInt(4) != 0 ? NODES.numberNode(layerVersion)
                    : NODES.numberNode(random.nextBoolean() ? System.currentTimeMillis() - random.nextInt(3_600_000)
                    : pick(-1, 0, 1, 10, Integer.MAX_VALUE) * (random.nextBoolean() ? 1L : 1_000_000L));
            case "float", "double" -> NODES.numberNode(random.nextBoolean() ? random.nextDouble() * 100 : (double) pick(-1, 0, 1, 100, Integer.MAX_VALUE));
            // Epoch seconds, as JSON bodies carry timestamps; the query string and headers format them.
            case "timestamp" -> NODES.numberNode(random.nextInt(4) == 0 ? BigDecimal.valueOf(pick(-1, 0, 1, Integer.MAX_VALUE))
                    : BigDecimal.valueOf(System.currentTimeMillis() - random.nextInt(3_600_000), 3));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "blob" -> NODES.textNode(name.equals("ZipFile") && random.nextInt(4) != 0 ? Base64.getEncoder().encodeToString(SAMPLE_ZIP)
                    : random.nextInt(4) == 0 ? "not*base64" : Base64.getEncoder().encodeToString(text().getBytes()));
            default -> NODES.textNode(string(t, name, shape));
        };
    }

    /** Members naming a state the sweep cannot know: a clean request leaves them out rather than have them refused. */
    static final Set<String> UNKNOWABLE = Set.of("RevisionId", "CodeSha256", "Marker", "NextToken", "nextToken");

    /** Whether the sweep aims this member at something: a known resource or the sample package. */
    private static boolean aimed(Target t, String name) {
        return name.equals("ZipFile") || t.known().keySet().stream().anyMatch(k -> steers(k, name));
    }

    /** Whether a key of {@code known} steers the member of this name: exactly for "=Name", else by suffix. */
    private static boolean steers(String key, String name) {
        return key.startsWith("=") ? name.equals(key.substring(1)) : name.endsWith(key);
    }

    /** A value within the shape's constraints, or null when the generator finds none (a string no candidate fits). */
    private JsonNode cleanValue(Target t, String name, Shape shape, int depth) {
        return switch (shape.type()) {
            case "structure" -> depth > 4 ? NODES.objectNode() : structure(t, shape, depth + 1);
            case "list" -> {
                ArrayNode a = NODES.arrayNode();
                for (int i = count(shape); i > 0; i--) {
                    JsonNode v = cleanValue(t, name, t.model().shape(shape.member().target()), depth + 1);
                    if (v != null) {
                        a.add(v);
                    }
                }
                yield a;
            }
            case "map" -> {
                ObjectNode m = NODES.objectNode();
                Shape keys = t.model().shape(shape.key().target());
                for (int i = count(shape); i > 0; i--) {
                    String k = string(t, shape.name() + ".key", keys);
                    JsonNode v = k == null ? null : cleanValue(t, k, t.model().shape(shape.value().target()), depth + 1);
                    if (v != null) {
                        m.set(k, v);
                    }
                }
                yield m;
            }
            case "integer", "long" -> NODES.numberNode(name.equals("WaitTimeSeconds") ? random.nextInt(2)
                    : name.equals("VersionNumber") ? layerVersion : within(shape));
            case "float", "double" -> NODES.numberNode((double) within(shape));
            case "timestamp" -> NODES.numberNode(BigDecimal.valueOf(System.currentTimeMillis() - random.nextInt(3_600_000), 3));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "blob" -> NODES.textNode(Base64.getEncoder().encodeToString(name.equals("ZipFile") ? SAMPLE_ZIP
                    : String.valueOf(fitting(t, shape)).getBytes(StandardCharsets.UTF_8)));
            default -> {
                String s = string(t, name, shape);
                yield s == null ? null : NODES.textNode(s);
            }
        };
    }

    /** How many elements a clean list or map gets: one or a few, within its bounds. */
    private int count(Shape shape) {
        int lo = shape.min() == null ? 1 : (int) Math.min(Math.max(shape.min(), 1), 3);
        int hi = shape.max() == null ? lo + 2 : (int) Math.min(shape.max(), lo + 2);
        return lo + random.nextInt(Math.max(1, hi - lo + 1));
    }

    /** A number within the shape's range: a bound or a value between, small where the range is open. */
    private long within(Shape shape) {
        long lo = shape.min() != null ? shape.min() : 0;
        long hi = shape.max() != null ? shape.max() : lo + 100;
        return switch (random.nextInt(4)) {
            case 0 -> lo;
            case 1 -> hi;
            default -> lo + (long) (random.nextDouble() * (double) Math.min(hi - lo, 1000));
        };
    }

    /** Values that fit many of the models' patterns, tried with the target's known ones. */
    static final List<String> PLAUSIBLE = List.of("sweep", "v1", "1", "000000000000", "us-east-1", "$LATEST", "ALL", "*", "a-b_c.d",
            "arn:aws:sqs:us-east-1:000000000000:sweep-a", "arn:aws:lambda:us-east-1:000000000000:function:sweep-fn",
            TestRoles.LAMBDA, "arn:aws:kms:us-east-1:000000000000:key/k", "lambda:InvokeFunction",
            "2026-11-24T00:00:00Z", "https://example.com", "s3.amazonaws.com", "python3.12", "sweep-bucket", "sweep/key.zip", "/mnt/sweep", "o-abcdefghij",
            "c3dlZXA=", "arn:aws:lambda:us-east-1:000000000000:capacity-provider:sweep",
            "arn:aws:lambda:us-east-1:000000000000:code-signing-config:csc-0123456789abcdefg",
            "arn:aws:elasticfilesystem:us-east-1:000000000000:access-point/fsap-0123456789abcdef0",
            "arn:aws:lambda:us-east-1:000000000000:function:sweep-fn:1/durable-execution/sweep/run");

    /** A string of the right length that matches the shape's pattern, or null when none of the candidates does. */
    private String fitting(Target t, Shape shape) {
        List<String> candidates = new ArrayList<>(PLAUSIBLE);
        t.known().values().forEach(values -> values.stream().filter(Objects::nonNull).forEach(candidates::add));
        for (int i = 0; i < 4; i++) {
            candidates.add(text());
        }
        candidates.sort(null); // known's order may vary between runs (Map.of); the seed decides alone
        Collections.shuffle(candidates, random);
        for (String c : candidates) {
            if (fits(shape, c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean fits(Shape shape, String s) {
        int length = s.codePointCount(0, s.length());
        return (shape.min() == null || length >= shape.min()) && (shape.max() == null || length <= shape.max())
                && (shape.pattern() == null || shape.pattern().matcher(s).matches());
    }

    private String string(Target t, String name, Shape shape) {
        for (var e : t.known().entrySet()) {
            // Clean requests aim at known resources too, mostly, where they fit: the rest may create new ones.
            if (steers(e.getKey(), name) && random.nextInt(clean ? 4 : 8) != 0) {
                String v = e.getValue().get(random.nextInt(e.getValue().size()));
                if (v == null || !clean || fits(shape, v)) {
                    return v;
                }
            }
        }
        if (shape.enumValues() != null && (clean || random.nextBoolean())) {
            return shape.enumValues().get(random.nextInt(shape.enumValues().size()));
        }
        if (name.equals("DataType") && random.nextInt(4) != 0) {
            return List.of("String", "Number", "Binary", "Number.int", "String.x").get(random.nextInt(5));
        }
        if (name.equals("filterPattern") && random.nextBoolean()) {
            return List.of("ERROR", "{ $.a = 1 }", "[a, b=2]", "{ $.a = ", "?x ?y -z", "\"q").get(random.nextInt(6));
        }
        return clean ? fitting(t, shape) : text();
    }

    private String text() {
        if (random.nextBoolean()) {
            return "v" + random.nextInt(1000);
        }
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "x".repeat(300);
            case 2 -> "\u0000ctl";
            case 3 -> "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:sweep-a\",\"maxReceiveCount\":" + random.nextInt(2000) + "}";
            case 4 -> "ünïcødé ✓ 𝄞";
            case 5 -> Integer.toString(random.nextInt(100_000));
            case 6 -> "c3FzMToxOjE6YWJj";
            default -> "v" + random.nextInt(1000);
        };
    }

    private JsonNode wrongType(Shape shape) {
        return switch (shape.type()) {
            case "string", "blob" -> NODES.numberNode(7);
            case "structure", "map" -> NODES.arrayNode().add(1);
            case "list" -> NODES.objectNode().put("a", 1);
            default -> NODES.textNode("seven");
        };
    }

    private int pick(int... values) {
        return values[random.nextInt(values.length)];
    }

    /** A .zip holding one file. */
    static byte[] zip(String name, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
