// Generated from the sqs model by scripts/generate-apis. Do not edit.
package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class SqsDispatcher implements ServiceDispatcher {
    private final SqsApi api;

    public SqsDispatcher(SqsApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AddPermission":
                api.addPermission(context, Json.read(input, AddPermissionRequest.class));
                return null;
            case "CancelMessageMoveTask":
                return api.cancelMessageMoveTask(context, Json.read(input, CancelMessageMoveTaskRequest.class));
            case "ChangeMessageVisibility":
                api.changeMessageVisibility(context, Json.read(input, ChangeMessageVisibilityRequest.class));
                return null;
            case "ChangeMessageVisibilityBatch":
                return api.changeMessageVisibilityBatch(context, Json.read(input, ChangeMessageVisibilityBatchRequest.class));
            case "CreateQueue":
                return api.createQueue(context, Json.read(input, CreateQueueRequest.class));
            case "DeleteMessage":
                api.deleteMessage(context, Json.read(input, DeleteMessageRequest.class));
                return null;
            case "DeleteMessageBatch":
                return api.deleteMessageBatch(context, Json.read(input, DeleteMessageBatchRequest.class));
            case "DeleteQueue":
                api.deleteQueue(context, Json.read(input, DeleteQueueRequest.class));
                return null;
            case "GetQueueAttributes":
                return api.getQueueAttributes(context, Json.read(input, GetQueueAttributesRequest.class));
            case "GetQueueUrl":
                return api.getQueueUrl(context, Json.read(input, GetQueueUrlRequest.class));
            case "ListDeadLetterSourceQueues":
                return api.listDeadLetterSourceQueues(context, Json.read(input, ListDeadLetterSourceQueuesRequest.class));
            case "ListMessageMoveTasks":
                return api.listMessageMoveTasks(context, Json.read(input, ListMessageMoveTasksRequest.class));
            case "ListQueueTags":
                return api.listQueueTags(context, Json.read(input, ListQueueTagsRequest.class));
            case "ListQueues":
                return api.listQueues(context, Json.read(input, ListQueuesRequest.class));
            case "PurgeQueue":
                api.purgeQueue(context, Json.read(input, PurgeQueueRequest.class));
                return null;
            case "ReceiveMessage":
                return api.receiveMessage(context, Json.read(input, ReceiveMessageRequest.class));
            case "RemovePermission":
                api.removePermission(context, Json.read(input, RemovePermissionRequest.class));
                return null;
            case "SendMessage":
                return api.sendMessage(context, Json.read(input, SendMessageRequest.class));
            case "SendMessageBatch":
                return api.sendMessageBatch(context, Json.read(input, SendMessageBatchRequest.class));
            case "SetQueueAttributes":
                api.setQueueAttributes(context, Json.read(input, SetQueueAttributesRequest.class));
                return null;
            case "StartMessageMoveTask":
                return api.startMessageMoveTask(context, Json.read(input, StartMessageMoveTaskRequest.class));
            case "TagQueue":
                api.tagQueue(context, Json.read(input, TagQueueRequest.class));
                return null;
            case "UntagQueue":
                api.untagQueue(context, Json.read(input, UntagQueueRequest.class));
                return null;
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
