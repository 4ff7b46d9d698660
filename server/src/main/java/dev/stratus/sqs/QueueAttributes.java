package dev.stratus.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The queue attributes AWS defines: which may be set (and on which kind of queue), their
 * valid values and defaults, and which are computed on read.
 */
public final class QueueAttributes {
    /** Settable attributes and their defaults, in the order GetQueueAttributes lists them. */
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("VisibilityTimeout", "30");
        DEFAULTS.put("MaximumMessageSize", "1048576");
        DEFAULTS.put("MessageRetentionPeriod", "345600");
        DEFAULTS.put("DelaySeconds", "0");
        DEFAULTS.put("ReceiveMessageWaitTimeSeconds", "0");
        DEFAULTS.put("SqsManagedSseEnabled", "true");
    }

    private static final Set<String> FIFO_ONLY = Set.of("FifoQueue", "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit");
    private static final Set<String> OPTIONAL = Set.of("Policy", "RedrivePolicy", "RedriveAllowPolicy", "KmsMasterKeyId",
            "KmsDataKeyReusePeriodSeconds");
    public static final List<String> COMPUTED = List.of("QueueArn", "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
            "ApproximateNumberOfMessagesDelayed", "CreatedTimestamp", "LastModifiedTimestamp");

    private QueueAttributes() {
    }

    /** The value in effect: what was set, else the default, else null. */
    public static String value(Queue q, String name) {
        String v = q.attributes().get(name);
        if (v != null) {
            return v;
        }
        if (q.fifo()) {
            switch (name) {
                case "FifoQueue": return "true";
                case "ContentBasedDeduplication": return "false";
                case "DeduplicationScope": return "queue";
                case "FifoThroughputLimit": return "perQueue";
                default: break;
            }
        }
        if ("KmsDataKeyReusePeriodSeconds".equals(name) && q.attributes().containsKey("KmsMasterKeyId")) {
            return "300";
        }
        return DEFAULTS.get(name);
    }

    /** Every attribute name GetQueueAttributes can answer for this queue, in answer order. */
    public static List<String> all(Queue q) {
        List<String> names = new java.util.ArrayList<>(COMPUTED);
        names.addAll(DEFAULTS.keySet());
        for (String n : OPTIONAL) {
            if (value(q, n) != null) {
                names.add(n);
            }
        }
        if (q.fifo()) {
            names.addAll(List.of("FifoQueue", "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit"));
        }
        return names;
    }

    public static boolean known(String name) {
        return DEFAULTS.containsKey(name) || OPTIONAL.contains(name) || FIFO_ONLY.contains(name) || COMPUTED.contains(name);
    }

    /**
     * Checks attributes given to CreateQueue ({@code creating}) or SetQueueAttributes and returns
     * them normalised (RedrivePolicy re-serialised, booleans lower case). Empty values of the
     * JSON policies mean "remove".
     */
    public static Map<String, String> validate(Map<String, String> given, boolean fifo, boolean creating) {
        Map<String, String> out = new LinkedHashMap<>();
        if (given == null) {
            return out;
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            String name = e.getKey();
            String v = e.getValue() == null ? "" : e.getValue().trim();
            // On a standard queue only CreateQueue knows FifoQueue (as "false").
            if (!known(name) || COMPUTED.contains(name) || (FIFO_ONLY.contains(name) && !fifo && !("FifoQueue".equals(name) && creating))) {
                throw new AwsException("InvalidAttributeName", "Unknown Attribute " + name + ".");
            }
            out.put(name, switch (name) {
                case "VisibilityTimeout" -> range(name, v, 0, 43_200);
                case "MaximumMessageSize" -> range(name, v, 1_024, 1_048_576);
                case "MessageRetentionPeriod" -> range(name, v, 60, 1_209_600);
                case "DelaySeconds" -> range(name, v, 0, 900);
                case "ReceiveMessageWaitTimeSeconds" -> range(name, v, 0, 20);
                case "KmsDataKeyReusePeriodSeconds" -> range(name, v, 60, 86_400);
                case "SqsManagedSseEnabled", "ContentBasedDeduplication", "FifoQueue" -> bool(name, v);
                case "DeduplicationScope" -> oneOf(name, v, "messageGroup", "queue");
                case "FifoThroughputLimit" -> oneOf(name, v, "perQueue", "perMessageGroupId");
                case "RedrivePolicy" -> v.isEmpty() ? "" : redrivePolicy(e.getValue());
                case "RedriveAllowPolicy" -> v.isEmpty() ? "" : redriveAllowPolicy(v);
                case "Policy" -> v.isEmpty() ? "" : policy(v);
                default -> v;
            });
        }
        if (out.containsKey("FifoQueue") && Boolean.parseBoolean(out.get("FifoQueue")) != fifo) {
            throw creating ? invalid("FifoQueue")
                    : new AwsException("InvalidAttributeValue", "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.");
        }
        if ("true".equals(out.get("SqsManagedSseEnabled")) && out.containsKey("KmsMasterKeyId") && !out.get("KmsMasterKeyId").isEmpty()) {
            throw new AwsException("InvalidAttributeValue", "You can use one type of server-side encryption (SSE) at one time. "
                    + "You can either enable KMS SSE or SQS SSE.");
        }
        return out;
    }

    private static String range(String name, String v, long min, long max) {
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw invalid(name);
            }
            return Long.toString(n);
        } catch (NumberFormatException e) {
            throw invalid(name);
        }
    }

    private static String bool(String name, String v) {
        if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
            return v.toLowerCase();
        }
        throw invalid(name);
    }

    private static String oneOf(String name, String v, String... allowed) {
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw invalid(name);
    }

    private static String redrivePolicy(String v) {
        RedrivePolicy p = RedrivePolicy.parse(v);
        if (p == null) {
            throw AwsException.invalidParameterValue("Value " + v + " for parameter RedrivePolicy is invalid. "
                    + "Reason: Redrive policy is not a valid JSON map with deadLetterTargetArn and maxReceiveCount.");
        }
        if (!QueueRegistry.isQueueArn(p.deadLetterTargetArn())) {
            throw AwsException.invalidParameterValue("Value " + v + " for parameter RedrivePolicy is invalid. "
                    + "Reason: Invalid value for deadLetterTargetArn.");
        }
        if (p.maxReceiveCount() < 1 || p.maxReceiveCount() > 1000) {
            throw AwsException.invalidParameterValue("Value " + v + " for parameter RedrivePolicy is invalid. "
                    + "Reason: Invalid value for maxReceiveCount: " + p.maxReceiveCount() + ", valid values are from 1 to 1000 both inclusive.");
        }
        return p.toJson();
    }

    private static String redriveAllowPolicy(String v) {
        JsonNode n = json("RedriveAllowPolicy", v);
        String permission = n.path("redrivePermission").asText("");
        JsonNode sources = n.get("sourceQueueArns");
        boolean valid = switch (permission) {
            case "allowAll", "denyAll" -> sources == null;
            case "byQueue" -> sources != null && sources.isArray() && !sources.isEmpty() && sources.size() <= 10;
            default -> false;
        };
        if (!valid) {
            throw AwsException.invalidParameterValue("Value " + v + " for parameter RedriveAllowPolicy is invalid. Reason: "
                    + "redrivePermission must be allowAll, denyAll or byQueue, and sourceQueueArns (1 to 10 ARNs) goes with byQueue only.");
        }
        return Json.string(n);
    }

    /** A Policy in IAM's grammar, kept as given. */
    private static String policy(String v) {
        try {
            PolicyDocument.parse(v);
        } catch (PolicyDocument.Malformed e) {
            throw invalid("Policy");
        }
        return v;
    }

    private static JsonNode json(String name, String v) {
        try {
            JsonNode n = Json.MAPPER.readTree(v);
            if (n == null || !n.isObject()) {
                throw invalid(name);
            }
            return n;
        } catch (java.io.IOException e) {
            throw invalid(name);
        }
    }

    static AwsException invalid(String name) {
        return new AwsException("InvalidAttributeValue", "Invalid value for the parameter " + name + ".");
    }
}
