package dev.stratus.sqs;

import static dev.stratus.platform.identity.ActionTables.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.ActionTables;
import dev.stratus.platform.identity.Actions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqsActionsTest {
    static final Actions TABLE = SqsActions.table();
    static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:orders";

    @Test
    void everyOperationOfTheModelIsAnswered() {
        ActionTables.answersEveryOperation(TABLE, "sqs");
    }

    @Test
    void batchesAreTheActionsOfTheirSingleFormsOnTheQueueTheUrlNames() {
        String url = "{\"QueueUrl\":\"http://localhost:4566/123456789012/orders\"}";
        assertEquals(Actions.Check.of("sqs:SendMessage", QUEUE), check(TABLE, "sqs", "SendMessageBatch", url));
        assertEquals(Actions.Check.of("sqs:DeleteMessage", QUEUE), check(TABLE, "sqs", "DeleteMessageBatch", url));
        assertEquals(Actions.Check.of("sqs:ChangeMessageVisibility", QUEUE), check(TABLE, "sqs", "ChangeMessageVisibilityBatch", url));
        assertEquals(Actions.Check.of("sqs:ReceiveMessage", QUEUE), check(TABLE, "sqs", "ReceiveMessage", url));
    }

    @Test
    void theQueueUrlsPathNamesAccountAndQueueABareNameIsTheCallers() {
        assertEquals("arn:aws:sqs:us-east-1:210987654321:shared",
                check(TABLE, "sqs", "SendMessage", "{\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/210987654321/shared\"}").resource());
        assertEquals(QUEUE, check(TABLE, "sqs", "SendMessage", "{\"QueueUrl\":\"orders\"}").resource());
        assertEquals("*", check(TABLE, "sqs", "SendMessage", "{\"QueueUrl\":\"http://localhost/only-one-part\"}").resource());
    }

    @Test
    void createAndGetQueueUrlAreOnTheQueueTheyName() {
        assertEquals(new Actions.Check("sqs:CreateQueue", QUEUE, Map.of("aws:RequestTag/team", List.of("a"), "aws:TagKeys", List.of("team"))),
                check(TABLE, "sqs", "CreateQueue", "{\"QueueName\":\"orders\",\"tags\":{\"team\":\"a\"}}"));
        assertEquals("arn:aws:sqs:us-east-1:210987654321:orders",
                check(TABLE, "sqs", "GetQueueUrl", "{\"QueueName\":\"orders\",\"QueueOwnerAWSAccountId\":\"210987654321\"}").resource());
    }

    @Test
    void listingQueuesIsOnEveryQueue() {
        assertEquals(Actions.Check.of("sqs:ListQueues", "*"), check(TABLE, "sqs", "ListQueues", "{\"QueueNamePrefix\":\"o\"}"));
    }

    @Test
    void tagsAndTheirKeys() {
        String url = "\"QueueUrl\":\"http://localhost/123456789012/orders\"";
        assertEquals(Map.of("aws:RequestTag/env", List.of("prod"), "aws:TagKeys", List.of("env")),
                check(TABLE, "sqs", "TagQueue", "{" + url + ",\"Tags\":{\"env\":\"prod\"}}").context());
        assertEquals(Map.of("aws:TagKeys", List.of("env")), check(TABLE, "sqs", "UntagQueue", "{" + url + ",\"TagKeys\":[\"env\"]}").context());
    }

    @Test
    void messageMoveTasksAreOnTheirSourceQueue() {
        String dlq = "arn:aws:sqs:us-east-1:123456789012:dlq";
        assertEquals(dlq, check(TABLE, "sqs", "StartMessageMoveTask", "{\"SourceArn\":\"" + dlq + "\"}").resource());
        assertEquals(dlq, check(TABLE, "sqs", "ListMessageMoveTasks", "{\"SourceArn\":\"" + dlq + "\"}").resource());
        String handle = Base64.getEncoder().encodeToString(("{\"taskId\":\"t\",\"sourceArn\":\"" + dlq + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(dlq, check(TABLE, "sqs", "CancelMessageMoveTask", "{\"TaskHandle\":\"" + handle + "\"}").resource());
        assertEquals("*", check(TABLE, "sqs", "CancelMessageMoveTask", "{\"TaskHandle\":\"not base64!\"}").resource());
    }
}
