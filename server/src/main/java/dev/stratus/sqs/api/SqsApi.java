// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import dev.stratus.protocol.RequestContext;

/** The operations of sqs, one method each. */
public interface SqsApi {

    void addPermission(RequestContext context, AddPermissionRequest input);

    CancelMessageMoveTaskResult cancelMessageMoveTask(RequestContext context, CancelMessageMoveTaskRequest input);

    void changeMessageVisibility(RequestContext context, ChangeMessageVisibilityRequest input);

    ChangeMessageVisibilityBatchResult changeMessageVisibilityBatch(RequestContext context, ChangeMessageVisibilityBatchRequest input);

    CreateQueueResult createQueue(RequestContext context, CreateQueueRequest input);

    void deleteMessage(RequestContext context, DeleteMessageRequest input);

    DeleteMessageBatchResult deleteMessageBatch(RequestContext context, DeleteMessageBatchRequest input);

    void deleteQueue(RequestContext context, DeleteQueueRequest input);

    GetQueueAttributesResult getQueueAttributes(RequestContext context, GetQueueAttributesRequest input);

    GetQueueUrlResult getQueueUrl(RequestContext context, GetQueueUrlRequest input);

    ListDeadLetterSourceQueuesResult listDeadLetterSourceQueues(RequestContext context, ListDeadLetterSourceQueuesRequest input);

    ListMessageMoveTasksResult listMessageMoveTasks(RequestContext context, ListMessageMoveTasksRequest input);

    ListQueueTagsResult listQueueTags(RequestContext context, ListQueueTagsRequest input);

    ListQueuesResult listQueues(RequestContext context, ListQueuesRequest input);

    void purgeQueue(RequestContext context, PurgeQueueRequest input);

    ReceiveMessageResult receiveMessage(RequestContext context, ReceiveMessageRequest input);

    void removePermission(RequestContext context, RemovePermissionRequest input);

    SendMessageResult sendMessage(RequestContext context, SendMessageRequest input);

    SendMessageBatchResult sendMessageBatch(RequestContext context, SendMessageBatchRequest input);

    void setQueueAttributes(RequestContext context, SetQueueAttributesRequest input);

    StartMessageMoveTaskResult startMessageMoveTask(RequestContext context, StartMessageMoveTaskRequest input);

    void tagQueue(RequestContext context, TagQueueRequest input);

    void untagQueue(RequestContext context, UntagQueueRequest input);
}
