// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of sqs, one method each; those a service does not override answer 501. */
public interface SqsApi {

    default void addPermission(RequestContext context, AddPermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelMessageMoveTaskResult cancelMessageMoveTask(RequestContext context, CancelMessageMoveTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void changeMessageVisibility(RequestContext context, ChangeMessageVisibilityRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ChangeMessageVisibilityBatchResult changeMessageVisibilityBatch(RequestContext context, ChangeMessageVisibilityBatchRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateQueueResult createQueue(RequestContext context, CreateQueueRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteMessage(RequestContext context, DeleteMessageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteMessageBatchResult deleteMessageBatch(RequestContext context, DeleteMessageBatchRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteQueue(RequestContext context, DeleteQueueRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetQueueAttributesResult getQueueAttributes(RequestContext context, GetQueueAttributesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetQueueUrlResult getQueueUrl(RequestContext context, GetQueueUrlRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListDeadLetterSourceQueuesResult listDeadLetterSourceQueues(RequestContext context, ListDeadLetterSourceQueuesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListMessageMoveTasksResult listMessageMoveTasks(RequestContext context, ListMessageMoveTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListQueueTagsResult listQueueTags(RequestContext context, ListQueueTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListQueuesResult listQueues(RequestContext context, ListQueuesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void purgeQueue(RequestContext context, PurgeQueueRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReceiveMessageResult receiveMessage(RequestContext context, ReceiveMessageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void removePermission(RequestContext context, RemovePermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SendMessageResult sendMessage(RequestContext context, SendMessageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SendMessageBatchResult sendMessageBatch(RequestContext context, SendMessageBatchRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void setQueueAttributes(RequestContext context, SetQueueAttributesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartMessageMoveTaskResult startMessageMoveTask(RequestContext context, StartMessageMoveTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagQueue(RequestContext context, TagQueueRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagQueue(RequestContext context, UntagQueueRequest input) {
        throw AwsException.notImplemented(context);
    }
}
