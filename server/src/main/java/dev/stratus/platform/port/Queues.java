package dev.stratus.platform.port;

import dev.stratus.protocol.Principal;
import java.util.List;
import java.util.Map;

/**
 * SQS as other services reach it: Lambda's event source mappings poll queues through it. Each call
 * names its caller (a function's execution role) so the queue's policy can be checked against it.
 * An unknown queue is a {@code QueueDoesNotExist} error.
 */
public interface Queues {

    /** Receives as ReceiveMessage does, with every attribute; a long poll waits up to {@code waitSeconds}. */
    List<ReceivedMessage> receive(Principal caller, String queueArn, int max, int waitSeconds);

    /** Deletes what the caller received and handled; an unknown queue or handle is ignored, as a poller needs. */
    void delete(Principal caller, String queueArn, List<String> receiptHandles);

    /** The queue's VisibilityTimeout in seconds, or null when no such queue exists. */
    Integer visibilityTimeout(String queueArn);

    /** A message attribute, as SQS stores it: {@code String}, {@code Number} or {@code Binary}, with an optional custom suffix. */
    record MessageAttribute(String dataType, String stringValue, byte[] binaryValue) {
    }

    /** A received message with its system {@code attributes} and {@code messageAttributes}. */
    record ReceivedMessage(String messageId, String receiptHandle, String body, Map<String, String> attributes,
                           Map<String, MessageAttribute> messageAttributes, String md5OfBody, String md5OfMessageAttributes) {
    }
}
