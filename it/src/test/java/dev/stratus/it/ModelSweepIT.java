package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.logs.LogsService;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import dev.stratus.sqs.SqsService;
import dev.stratus.testkit.StratusExtension;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The model-generated sweep: for every operation of a service, requests built from its model
 * with random, boundary, missing, null and wrongly typed values, aimed at real resources so they
 * get past the first checks. Every answer must be a 200 with a JSON object, an error the
 * operation declares or one of the service's common ones, or — for an operation Stratus does not
 * implement yet — its 501; never another 5xx, a hang or a dropped connection.
 */
class ModelSweepIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int REQUESTS_PER_OPERATION = 60;
    static final long SEED = Long.getLong("sweep.seed", 20261124L);
    final Random random = new Random(SEED);

    /** A service under the sweep: how to call it, what it may answer, and resources to aim at. */
    record Target(ServiceModel model, String contentType, Class<?> implementation, Set<String> commonErrors,
                  Map<String, List<String>> known, Set<String> resetAfter, ThrowingRunnable setup) {
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static HttpResponse<String> call(Target t, String operation, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(STRATUS.endpoint().resolve("/"))
                .header("Content-Type", t.contentType())
                .header("X-Amz-Target", t.model().targetPrefix() + "." + operation)
                .timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sqs() throws Exception {
        ServiceModel model = ServiceModel.load("sqs");
        String host = "http://127.0.0.1:" + STRATUS.port() + "/000000000000/";
        List<String> names = List.of("sweep-a", "sweep-b.fifo");
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-amz-json-1.0", SqsService.class,
                Set.of("MissingParameter", "InvalidParameterValue", "SerializationException", "InvalidAttributeName", "InvalidAttributeValue"),
                Map.of("QueueUrl", names.stream().map(n -> host + n).toList(),
                        "Arn", names.stream().map(n -> "arn:aws:sqs:us-east-1:000000000000:" + n).toList()),
                Set.of("DeleteQueue"), () -> {
                    for (String name : names) {
                        ObjectNode in = NODES.objectNode().put("QueueName", name);
                        if (name.endsWith(".fifo")) {
                            in.putObject("Attributes").put("FifoQueue", "true");
                        }
                        call(t[0], "CreateQueue", Json.string(in));
                        call(t[0], "SendMessage", Json.string(NODES.objectNode().put("QueueUrl", host + name).put("MessageBody", "seed")
                                .put("MessageGroupId", "g").put("MessageDeduplicationId", "d")));
                    }
                });
        sweep(t[0]);
    }

    @Test
    void logs() throws Exception {
        ServiceModel model = ServiceModel.load("logs");
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-amz-json-1.1", LogsService.class, Set.of("InvalidParameterException", "SerializationException"),
                Map.of("logGroupName", List.of("/sweep/g"), "logGroupIdentifier", List.of("/sweep/g"),
                        "logStreamName", List.of("s"), "logStreamNames", List.of("s"),
                        "Arn", List.of("arn:aws:logs:us-east-1:000000000000:log-group:/sweep/g")),
                Set.of("DeleteLogGroup", "DeleteLogStream"), () -> {
                    call(t[0], "CreateLogGroup", "{\"logGroupName\":\"/sweep/g\"}");
                    call(t[0], "CreateLogStream", "{\"logGroupName\":\"/sweep/g\",\"logStreamName\":\"s\"}");
                    call(t[0], "PutLogEvents", "{\"logGroupName\":\"/sweep/g\",\"logStreamName\":\"s\",\"logEvents\":[{\"timestamp\":"
                            + System.currentTimeMillis() + ",\"message\":\"{\\\"a\\\":1}\"}]}");
                });
        sweep(t[0]);
    }

    private void sweep(Target t) throws Exception {
        t.setup().run();
        Set<String> implemented = Arrays.stream(t.implementation().getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (Operation op : t.model().operations().values()) {
            boolean served = implemented.contains(Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1));
            // An operation that only answers 501 needs a few requests to show that it does so cleanly.
            for (int i = 0; i < (served ? REQUESTS_PER_OPERATION : 5); i++) {
                String body = op.input() == null ? "{}" : Json.string(structure(t, t.model().shape(op.input()), 0));
                if (i % 20 == 19) {
                    body = body.substring(0, body.length() / 2);
                }
                HttpResponse<String> r = call(t, op.name(), body);
                sent++;
                if (t.resetAfter().contains(op.name()) && r.statusCode() == 200) {
                    t.setup().run();
                }
                String problem = judge(t, op, served, r);
                if (problem != null) {
                    problems.add(op.name() + " " + body + " -> " + r.statusCode() + " " + r.body() + ": " + problem);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " of " + sent + " answers broke the contract (seed " + SEED + "):\n"
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    private static String judge(Target t, Operation op, boolean served, HttpResponse<String> r) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(r.body());
        } catch (Exception e) {
            return "the body is not JSON";
        }
        if (r.statusCode() == 200) {
            return body != null && body.isObject() ? null : "a 200 without a JSON object";
        }
        String type = body == null ? "" : body.path("__type").asText();
        String code = type.substring(type.indexOf('#') + 1);
        if (r.statusCode() == 501) {
            return !served && code.equals("NotImplemented") ? null : "a 501 from an operation Stratus implements";
        }
        if (r.statusCode() >= 500) {
            return "a server error";
        }
        if (op.errors().contains(code) || t.commonErrors().contains(code)) {
            boolean header = r.headers().firstValue("x-amzn-query-error").isPresent();
            return header == t.model().queryCompatible() ? null : "x-amzn-query-error header present: " + header;
        }
        return "an error the operation does not declare: " + code;
    }

    private JsonNode structure(Target t, Shape shape, int depth) {
        ObjectNode out = NODES.objectNode();
        for (var e : shape.members().entrySet()) {
            if (random.nextInt(10) < (shape.required().contains(e.getKey()) ? 1 : 4)) {
                continue;
            }
            out.set(e.getKey(), value(t, e.getKey(), e.getValue(), depth));
        }
        return out;
    }

    private JsonNode value(Target t, String name, Member member, int depth) {
        Shape shape = t.model().shape(member.target());
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
                    String k = keys.enumValues() != null && random.nextBoolean() ? keys.enumValues().get(random.nextInt(keys.enumValues().size()))
                            : text();
                    m.set(k, value(t, k, shape.value(), depth + 1));
                }
                yield m;
            }
            // Long polls are exercised, briefly: a random wait would spend the sweep waiting.
            case "integer" -> name.equals("WaitTimeSeconds") ? NODES.numberNode(pick(-1, 0, 1, 21)) : NODES.numberNode(random.nextBoolean() ? random.nextInt(11)
                    : pick(-1, 0, 1, 10, 11, 20, 21, 900, 901, 43200, 43201, Integer.MAX_VALUE, random.nextInt()));
            case "long" -> NODES.numberNode(random.nextBoolean() ? System.currentTimeMillis() - random.nextInt(3_600_000)
                    : pick(-1, 0, 1, 10, Integer.MAX_VALUE) * (random.nextBoolean() ? 1L : 1_000_000L));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "blob" -> NODES.textNode(random.nextInt(4) == 0 ? "not*base64" : Base64.getEncoder().encodeToString(text().getBytes()));
            default -> NODES.textNode(string(t, name, shape));
        };
    }

    private String string(Target t, String name, Shape shape) {
        for (var e : t.known().entrySet()) {
            if ((name.equals(e.getKey()) || name.endsWith(e.getKey())) && random.nextInt(8) != 0) {
                return e.getValue().get(random.nextInt(e.getValue().size()));
            }
        }
        if (shape.enumValues() != null && random.nextBoolean()) {
            return shape.enumValues().get(random.nextInt(shape.enumValues().size()));
        }
        if (name.equals("DataType") && random.nextInt(4) != 0) {
            return List.of("String", "Number", "Binary", "Number.int", "String.x").get(random.nextInt(5));
        }
        if (name.equals("filterPattern") && random.nextBoolean()) {
            return List.of("ERROR", "{ $.a = 1 }", "[a, b=2]", "{ $.a = ", "?x ?y -z", "\"q").get(random.nextInt(6));
        }
        return text();
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
}
