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
        String url = sqs.createQueue(b -> b.queueName(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).attributes(attributes)).queueUrl();
        return new Queue(url, sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)).attributes()
                .get(QueueAttributeName.QUEUE_ARN));
    }
}
