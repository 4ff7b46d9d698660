package dev.stratus.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.identity.ActionTable;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What IAM checks for each SQS operation (AWS's service authorization reference, "Amazon SQS"):
 * every action is on a queue ({@code arn:aws:sqs:REGION:ACCOUNT:NAME}) except ListQueues; the
 * batch operations are the actions of their single forms.
 */
final class SqsActions {
    private SqsActions() {
    }

    static ActionTable table() {
        return ActionTable.of("sqs")
                .action("SendMessageBatch", "SendMessage")
                .action("DeleteMessageBatch", "DeleteMessage")
                .action("ChangeMessageVisibilityBatch", "ChangeMessageVisibility")
                .on(SqsActions::queueOfUrl, "AddPermission", "ChangeMessageVisibility", "ChangeMessageVisibilityBatch", "DeleteMessage",
                        "DeleteMessageBatch", "DeleteQueue", "GetQueueAttributes", "ListDeadLetterSourceQueues", "ListQueueTags", "PurgeQueue",
                        "ReceiveMessage", "RemovePermission", "SendMessage", "SendMessageBatch", "SetQueueAttributes", "TagQueue", "UntagQueue")
                .on(SqsActions::queueOfName, "CreateQueue", "GetQueueUrl")
                .on(ActionTable.arnIn("SourceArn"), "StartMessageMoveTask", "ListMessageMoveTasks")
                .on(SqsActions::queueOfTask, "CancelMessageMoveTask")
                .build();
    }

    /** The queue a QueueUrl names: its path is /ACCOUNT/NAME; a bare name is the caller's queue, as SQS reads it. */
    private static String queueOfUrl(RequestContext ctx, JsonNode in) {
        String url = ActionTable.text(in, "QueueUrl");
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return queue(ctx, ctx.accountId(), url);
        }
        int path = url.indexOf('/', scheme + 3);
        String[] parts = path < 0 ? new String[0] : url.substring(path + 1).split("/", -1);
        return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() ? queue(ctx, parts[0], parts[1]) : null;
    }

    private static String queueOfName(RequestContext ctx, JsonNode in) {
        String name = ActionTable.text(in, "QueueName");
        String owner = ActionTable.text(in, "QueueOwnerAWSAccountId");
        return name == null ? null : queue(ctx, owner != null ? owner : ctx.accountId(), name);
    }

    /** A task handle is base64 JSON naming the task's source queue, as {@link MessageMoveTasks} (and AWS) write it. */
    private static String queueOfTask(RequestContext ctx, JsonNode in) {
        String handle = ActionTable.text(in, "TaskHandle");
        if (handle == null) {
            return null;
        }
        JsonNode task = Json.parse(new String(Base64.getDecoder().decode(handle), StandardCharsets.UTF_8));
        String source = task.path("sourceArn").asText(null);
        return Arn.isOf(source, "sqs") ? source : null;
    }

    private static String queue(RequestContext ctx, String account, String name) {
        return Arn.of("sqs", ctx.region(), account, name).toString();
    }
}
