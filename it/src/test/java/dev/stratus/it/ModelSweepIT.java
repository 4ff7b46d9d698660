package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.model.Member;
import dev.stratus.protocol.model.Operation;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.protocol.model.Shape;
import dev.stratus.testkit.StratusExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The model-generated sweep: for every SQS operation, requests built from the model with
 * random, boundary, missing, null and wrongly typed values (aimed at real queues, so they get past
 * the first checks). Every answer must be a 200 with a JSON object, or an error the operation
 * declares or one of AWS's common ones — never a 5xx, a hang or a dropped connection.
 */
class ModelSweepIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final ServiceModel SQS = ServiceModel.load("sqs");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Set<String> COMMON_ERRORS = Set.of("MissingParameter", "InvalidParameterValue", "SerializationException",
            "InvalidAttributeName", "InvalidAttributeValue");
    static final int REQUESTS_PER_OPERATION = 60;
    static final long SEED = Long.getLong("sweep.seed", 20261124L);

    static final List<String> urls = new ArrayList<>();
    static final List<String> arns = new ArrayList<>();
    final Random random = new Random(SEED);

    @BeforeAll
    static void queues() throws Exception {
        urls.clear();
        arns.clear();
        for (String name : List.of("sweep-a", "sweep-b.fifo")) {
            ObjectNode in = NODES.objectNode().put("QueueName", name);
            if (name.endsWith(".fifo")) {
                in.putObject("Attributes").put("FifoQueue", "true");
            }
            JsonNode out = Json.parse(call("CreateQueue", Json.string(in)).body());
            urls.add(out.get("QueueUrl").asText());
            arns.add("arn:aws:sqs:us-east-1:000000000000:" + name);
            call("SendMessage", Json.string(NODES.objectNode().put("QueueUrl", urls.getLast()).put("MessageBody", "seed")
                    .put("MessageGroupId", "g").put("MessageDeduplicationId", "d")));
        }
    }

    static HttpResponse<String> call(String operation, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(STRATUS.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS." + operation)
                .header("x-amzn-query-mode", "true")
                .timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyOperationAnswersEveryGeneratedInputWithADeclaredOutcome() throws Exception {
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (Operation op : SQS.operations().values()) {
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                String body = op.input() == null ? "{}" : Json.string(structure(SQS.shape(op.input()), 0));
                if (i % 20 == 19) {
                    body = body.substring(0, body.length() / 2);
                }
                HttpResponse<String> r = call(op.name(), body);
                sent++;
                if (op.name().equals("DeleteQueue") && r.statusCode() == 200) {
                    queues();
                }
                String problem = judge(op, r);
                if (problem != null) {
                    problems.add(op.name() + " " + body + " -> " + r.statusCode() + " " + r.body() + ": " + problem);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " of " + sent + " answers broke the contract (seed " + SEED + "):\n"
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    private static String judge(Operation op, HttpResponse<String> r) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(r.body());
        } catch (Exception e) {
            return "the body is not JSON";
        }
        if (r.statusCode() == 200) {
            return body != null && body.isObject() ? null : "a 200 without a JSON object";
        }
        if (r.statusCode() >= 500) {
            return "a server error";
        }
        String type = body == null ? "" : body.path("__type").asText();
        String code = type.substring(type.indexOf('#') + 1);
        if (op.errors().contains(code) || COMMON_ERRORS.contains(code)) {
            return r.headers().firstValue("x-amzn-query-error").isPresent() ? null : "no x-amzn-query-error header";
        }
        return "an error the operation does not declare: " + code;
    }

    private JsonNode structure(Shape shape, int depth) {
        ObjectNode out = NODES.objectNode();
        for (var e : shape.members().entrySet()) {
            if (random.nextInt(10) < (shape.required().contains(e.getKey()) ? 1 : 4)) {
                continue;
            }
            out.set(e.getKey(), value(e.getKey(), e.getValue(), depth));
        }
        return out;
    }

    private JsonNode value(String name, Member member, int depth) {
        Shape shape = SQS.shape(member.target());
        if (random.nextInt(15) == 0) {
            return wrongType(shape);
        }
        return switch (shape.type()) {
            case "structure" -> depth > 4 ? NODES.objectNode() : structure(shape, depth + 1);
            case "list" -> {
                ArrayNode a = NODES.arrayNode();
                int n = pick(0, 1, 2, 10, 11);
                for (int i = 0; i < n; i++) {
                    a.add(random.nextInt(20) == 0 ? NODES.nullNode() : value(name, shape.member(), depth + 1));
                }
                yield a;
            }
            case "map" -> {
                ObjectNode m = NODES.objectNode();
                Shape keys = SQS.shape(shape.key().target());
                int n = pick(0, 1, 3, 11);
                for (int i = 0; i < n; i++) {
                    String k = keys.enumValues() != null && random.nextBoolean() ? keys.enumValues().get(random.nextInt(keys.enumValues().size()))
                            : text();
                    m.set(k, value(k, shape.value(), depth + 1));
                }
                yield m;
            }
            case "integer", "long" -> NODES.numberNode(random.nextBoolean() ? random.nextInt(11)
                    : pick(-1, 0, 1, 10, 11, 20, 21, 900, 901, 43200, 43201, Integer.MAX_VALUE, random.nextInt()));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "blob" -> NODES.textNode(random.nextInt(4) == 0 ? "not*base64" : Base64.getEncoder().encodeToString(text().getBytes()));
            default -> NODES.textNode(string(name, shape));
        };
    }

    private String string(String name, Shape shape) {
        if (name.equals("QueueUrl") && random.nextInt(8) != 0) {
            return urls.get(random.nextInt(urls.size()));
        }
        if (name.endsWith("Arn") && random.nextInt(4) != 0) {
            return arns.get(random.nextInt(arns.size()));
        }
        if (shape.enumValues() != null && random.nextBoolean()) {
            return shape.enumValues().get(random.nextInt(shape.enumValues().size()));
        }
        if (name.equals("DataType") && random.nextInt(4) != 0) {
            return List.of("String", "Number", "Binary", "Number.int", "String.x").get(random.nextInt(5));
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
            case 3 -> "{\"deadLetterTargetArn\":\"" + arns.get(0) + "\",\"maxReceiveCount\":" + random.nextInt(2000) + "}";
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
