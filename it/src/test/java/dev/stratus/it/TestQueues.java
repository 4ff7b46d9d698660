package dev.stratus.it;

import static dev.stratus.it.TestJson.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Uniquely named queues for tests that need a queue's URL and its ARN. */
record TestQueues(SqsClient sqs) {

    record Queue(String url, String arn) {
    }

    Queue create(String prefix, Map<QueueAttributeName, String> attributes) {
        String suffix = Boolean.parseBoolean(attributes.get(QueueAttributeName.FIFO_QUEUE)) ? ".fifo" : "";
        String url = sqs.createQueue(b -> b.queueName(prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + suffix).attributes(attributes))
                .queueUrl();
        return new Queue(url, arnOf(url));
    }

    /**
     * A queue that {@code service} (say sns.amazonaws.com) may send to from any of this account's
     * topics or rules, as AWS requires of a queue another service delivers to. The queue is made
     * before the topic or rule that sends to it, so the condition names them by a wildcard.
     */
    Queue createFor(String service, String prefix, Map<QueueAttributeName, String> attributes) {
        Queue q = create(prefix, attributes);
        String[] arn = q.arn().split(":");
        allow(q, service, "arn:aws:" + service.substring(0, service.indexOf('.')) + ":" + arn[3] + ":" + arn[4] + ":*");
        return q;
    }

    /**
     * Adds to the queue's policy the statement AWS's guides give for a service's deliveries:
     * {@code service} may SendMessage when the delivery comes from {@code sourceArn} (its
     * aws:SourceArn: the topic or rule; {@code *} wildcards match as ArnLike does).
     */
    void allow(Queue q, String service, String sourceArn) {
        String current = sqs.getQueueAttributes(b -> b.queueUrl(q.url()).attributeNames(QueueAttributeName.POLICY)).attributesAsStrings().get("Policy");
        ObjectNode policy = current == null ? JsonNodeFactory.instance.objectNode().put("Version", "2012-10-17") : (ObjectNode) json(current);
        ArrayNode statements = policy.withArray("Statement");
        ObjectNode s = statements.addObject();
        s.put("Sid", service.substring(0, service.indexOf('.')) + statements.size());
        s.put("Effect", "Allow");
        s.putObject("Principal").put("Service", service);
        s.put("Action", "sqs:SendMessage");
        s.put("Resource", q.arn());
        s.putObject("Condition").putObject(sourceArn.contains("*") ? "ArnLike" : "ArnEquals").put("aws:SourceArn", sourceArn);
        sqs.setQueueAttributes(b -> b.queueUrl(q.url()).attributes(Map.of(QueueAttributeName.POLICY, policy.toString())));
    }

    /** The queue at {@code url}, for a test that names its queue itself. */
    Queue existing(String url) {
        return new Queue(url, arnOf(url));
    }

    private String arnOf(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
    }
}
