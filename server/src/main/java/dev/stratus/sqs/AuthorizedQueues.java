package dev.stratus.sqs;

import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.port.Queues;
import dev.stratus.protocol.Principal;
import java.util.List;
import java.util.Map;

/**
 * The {@link Queues} port as other services reach it: a poller receives and deletes only what its
 * caller (a function's execution role) may, as SQS checks the role an event source mapping polls with.
 */
final class AuthorizedQueues implements Queues {
    private final Queues queues;
    private final AccessControl access;

    AuthorizedQueues(Queues queues, AccessControl access) {
        this.queues = queues;
        this.access = access;
    }

    @Override
    public List<ReceivedMessage> receive(Principal caller, String queueArn, int max, int waitSeconds) {
        access.check(caller, "sqs:ReceiveMessage", queueArn, Map.of());
        return queues.receive(caller, queueArn, max, waitSeconds);
    }

    @Override
    public void delete(Principal caller, String queueArn, List<String> receiptHandles) {
        access.check(caller, "sqs:DeleteMessage", queueArn, Map.of());
        queues.delete(caller, queueArn, receiptHandles);
    }

    @Override
    public Integer visibilityTimeout(String queueArn) {
        return queues.visibilityTimeout(queueArn);
    }
}
