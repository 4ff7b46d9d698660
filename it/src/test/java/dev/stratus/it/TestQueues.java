package dev.stratus.it;

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
        return new Queue(url, sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)).attributes()
                .get(QueueAttributeName.QUEUE_ARN));
    }

    /**
     * A queue that {@code service} (say sns.amazonaws.com) may send to: its policy allows it
     * SendMessage, as AWS requires of a queue another service delivers to.
     */
    Queue createFor(String service, String prefix, Map<QueueAttributeName, String> attributes) {
        Queue q = create(prefix, attributes);
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + service.substring(0, service.indexOf('.')) + "\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"" + service + "\"},\"Action\":\"sqs:SendMessage\",\"Resource\":\"" + q.arn() + "\"}]}";
        sqs.setQueueAttributes(b -> b.queueUrl(q.url()).attributes(Map.of(QueueAttributeName.POLICY, policy)));
        return q;
    }
}
