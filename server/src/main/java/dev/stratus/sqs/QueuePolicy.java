package dev.stratus.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.Json;
import java.util.List;

/** A queue's Policy document, as AddPermission and RemovePermission edit it: one statement per label (its Sid). */
final class QueuePolicy {
    private final ObjectNode document;
    private final Queue queue;

    private QueuePolicy(ObjectNode document, Queue queue) {
        this.document = document;
        this.queue = queue;
    }

    static QueuePolicy of(Queue q) {
        String policy = q.attributes().get("Policy");
        ObjectNode doc;
        if (policy == null) {
            doc = Json.MAPPER.createObjectNode();
            doc.put("Version", "2008-10-17");
            doc.put("Id", q.arn() + "/SQSDefaultPolicy");
            doc.putArray("Statement");
        } else {
            doc = (ObjectNode) Json.parse(policy);
            if (!doc.path("Statement").isArray()) {
                JsonNode single = doc.get("Statement");
                ArrayNode statements = doc.putArray("Statement");
                if (single != null && single.isObject()) {
                    statements.add(single);
                }
            }
        }
        return new QueuePolicy(doc, q);
    }

    boolean has(String label) {
        for (JsonNode s : document.path("Statement")) {
            if (label.equals(s.path("Sid").asText())) {
                return true;
            }
        }
        return false;
    }

    QueuePolicy with(String label, List<String> accounts, List<String> actions) {
        ObjectNode doc = document.deepCopy();
        ObjectNode s = ((ArrayNode) doc.get("Statement")).addObject();
        s.put("Sid", label);
        s.put("Effect", "Allow");
        // As AWS writes it: a lone principal or action as a string, several as a list.
        oneOrMany(s.putObject("Principal"), "AWS", accounts.stream().map(a -> Arn.accountRoot(queue.region(), a).toString()).toList());
        oneOrMany(s, "Action", actions.stream().map(a -> "SQS:" + a).toList());
        s.put("Resource", queue.arn());
        return new QueuePolicy(doc, queue);
    }

    private static void oneOrMany(ObjectNode parent, String field, List<String> values) {
        if (values.size() == 1) {
            parent.put(field, values.get(0));
        } else {
            ArrayNode a = parent.putArray(field);
            values.forEach(a::add);
        }
    }

    QueuePolicy without(String label) {
        ObjectNode doc = document.deepCopy();
        ArrayNode statements = (ArrayNode) doc.get("Statement");
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (label.equals(statements.get(i).path("Sid").asText())) {
                statements.remove(i);
            }
        }
        return new QueuePolicy(doc, queue);
    }

    boolean isEmpty() {
        return document.path("Statement").isEmpty();
    }

    String toJson() {
        return Json.string(document);
    }
}
