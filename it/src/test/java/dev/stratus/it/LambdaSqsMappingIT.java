package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.*;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SQS → Lambda event source mappings through the AWS SDK for Java v2. Stratus's clock is the test's: visibility
 * timeouts run out when a test moves it, not while a batch is still being processed.
 */
class LambdaSqsMappingIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static final ObjectMapper JSON = new ObjectMapper();
    static LambdaClient lambda;
    static SqsClient sqs;
    static CloudWatchLogsClient logs;
    static String role;

    @BeforeAll
    static void clients() {
        lambda = Clients.lambda(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        logs = Clients.logs(STRATUS.endpoint());
        role = TestRoles.lambda(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        lambda.close();
        sqs.close();
        logs.close();
    }

    static TestQueues.Queue queue(String prefix, Map<QueueAttributeName, String> attributes) {
        return new TestQueues(sqs).create(prefix, attributes);
    }

    static String function(int timeout) {
        String name = "consumer-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12)
                .handler("app.handler").role(role).timeout(timeout)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python")))));
        return name;
    }

    /**
     * The records the function marked as handled, by "id-receive count": it logs a line
     * "MARK <id>-<count> <record>" for each (in its sandbox it cannot write where the test looks).
     */
    static Map<String, JsonNode> waitForMarks(String function, int count) throws Exception {
        Map<String, JsonNode> marks = new HashMap<>();
        for (int i = 0; i < 300 && marks.size() < count; i++) {
            Thread.sleep(50);
            try {
                for (FilteredLogEvent e : logs.filterLogEvents(b -> b.logGroupName("/aws/lambda/" + function).filterPattern("MARK")).events()) {
                    String[] parts = e.message().strip().split(" ", 3);
                    if (parts.length == 3 && parts[0].equals("MARK")) {
                        marks.put(parts[1], JSON.readTree(parts[2]));
                    }
                }
            } catch (software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException notYet) {
                // The log group appears with the function's first log line.
            }
        }
        return marks;
    }

    static int messagesLeft(TestQueues.Queue q) {
        Map<String, String> a = sqs.getQueueAttributes(b -> b.queueUrl(q.url()).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributesAsStrings();
        return Integer.parseInt(a.get("ApproximateNumberOfMessages")) + Integer.parseInt(a.get("ApproximateNumberOfMessagesNotVisible"));
    }

    @Test
    void messagesAreDeliveredInAwsShapeAndDeletedWhenProcessed() throws Exception {
        TestQueues.Queue q = queue("source", Map.of());
        String name = function(3);
        CreateEventSourceMappingResponse created = lambda.createEventSourceMapping(b -> b.functionName(name).eventSourceArn(q.arn()).batchSize(5));
        assertEquals("Creating", created.state());
        assertEquals(5, created.batchSize());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:" + name, created.functionArn());
        for (int i = 0; i < 7; i++) {
            int n = i;
            sqs.sendMessage(b -> b.queueUrl(q.url()).messageBody("{\"id\": \"m" + n + "\"}")
                    .messageAttributes(Map.of("kind", MessageAttributeValue.builder().dataType("String").stringValue("test").build())));
        }
        Map<String, JsonNode> done = waitForMarks(name, 7);
        assertEquals(7, done.size(), done.keySet().toString());
        JsonNode record = done.get("m0-1");
        assertEquals("aws:sqs", record.get("eventSource").asText());
        assertEquals(q.arn(), record.get("eventSourceARN").asText());
        assertEquals("us-east-1", record.get("awsRegion").asText());
        assertEquals("{\"id\": \"m0\"}", record.get("body").asText());
        assertEquals("1", record.at("/attributes/ApproximateReceiveCount").asText());
        assertTrue(record.at("/attributes/SentTimestamp").asText().matches("\\d{13}"), record.toString());
        assertEquals("test", record.at("/messageAttributes/kind/stringValue").asText());
        assertEquals("String", record.at("/messageAttributes/kind/dataType").asText());
        assertTrue(record.at("/messageAttributes/kind/stringListValues").isArray());
        assertEquals(32, record.get("md5OfBody").asText().length());
        for (int i = 0; i < 100 && messagesLeft(q) > 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(0, messagesLeft(q), "processed messages are deleted");

        assertEquals("Enabled", lambda.getEventSourceMapping(b -> b.uuid(created.uuid())).state());
        assertEquals(1, lambda.listEventSourceMappings(b -> b.functionName(name)).eventSourceMappings().size());
        assertEquals("Disabled", lambda.getEventSourceMapping(b -> b.uuid(lambda.updateEventSourceMapping(u -> u.uuid(created.uuid())
                .enabled(false)).uuid())).state());
        sqs.sendMessage(b -> b.queueUrl(q.url()).messageBody("{\"id\": \"late\"}"));
        Thread.sleep(1500);
        assertEquals(1, messagesLeft(q), "a disabled mapping leaves the queue alone");
        assertEquals("Deleting", lambda.deleteEventSourceMapping(b -> b.uuid(created.uuid())).state());
        assertEquals(404, assertThrows(ResourceNotFoundException.class, () -> lambda.getEventSourceMapping(b -> b.uuid(created.uuid()))).statusCode());
    }

    @Test
    void reportedFailuresReturnToTheQueueAndReachItsDeadLetterQueue() throws Exception {
        TestQueues.Queue dlq = queue("dlq", Map.of());
        TestQueues.Queue q = queue("partial", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "4",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + dlq.arn() + "\",\"maxReceiveCount\":\"2\"}"));
        String name = function(2);
        lambda.createEventSourceMapping(b -> b.functionName(name).eventSourceArn(q.arn()).batchSize(10).maximumBatchingWindowInSeconds(1)
                .functionResponseTypes(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES));
        sqs.sendMessage(b -> b.queueUrl(q.url()).messageBody("{\"id\": \"good\"}"));
        sqs.sendMessage(b -> b.queueUrl(q.url()).messageBody("{\"id\": \"bad\", \"fail\": true}"));
        waitForMarks(name, 2);
        // The batch is answered once the good record is deleted: then the bad one's visibility timeout runs out.
        for (int i = 0; i < 100 && messagesLeft(q) > 1; i++) {
            Thread.sleep(50);
        }
        STRATUS.advance(Duration.ofSeconds(4));
        Map<String, JsonNode> done = waitForMarks(name, 3);
        assertEquals(Set.of("good-1", "bad-1", "bad-2"), done.keySet(), "only the failed record is retried");
        // Received twice, it goes to the dead-letter queue at its next receive, once visible again.
        STRATUS.advance(Duration.ofSeconds(4));
        String body = null;
        for (int i = 0; i < 20 && body == null; i++) {
            var got = sqs.receiveMessage(b -> b.queueUrl(dlq.url()).waitTimeSeconds(1)).messages();
            body = got.isEmpty() ? null : got.get(0).body();
        }
        assertEquals("{\"id\": \"bad\", \"fail\": true}", body, "after maxReceiveCount the queue's redrive policy moves it");
    }

    @Test
    void filteredOutMessagesAreDeletedUnprocessed() throws Exception {
        TestQueues.Queue q = queue("filtered", Map.of());
        String name = function(3);
        lambda.createEventSourceMapping(b -> b.functionName(name).eventSourceArn(q.arn())
                .filterCriteria(f -> f.filters(Filter.builder().pattern("{\"body\": {\"id\": [{\"prefix\": \"keep\"}]}}").build())));
        sqs.sendMessage(b -> b.queueUrl(q.url()).messageBody("{\"id\": \"drop-1\"}"));
        sqs.sendMessage(b -> b.queueUrl(q.url()).messageBody("{\"id\": \"keep-1\"}"));
        assertEquals(Set.of("keep-1-1"), waitForMarks(name, 1).keySet());
        for (int i = 0; i < 100 && messagesLeft(q) > 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(0, messagesLeft(q));
        Thread.sleep(300);
        assertEquals(Set.of("keep-1-1"), waitForMarks(name, 1).keySet(), "the other message never reached the function");
    }

    @Test
    void badMappingsGetAwsErrors() throws Exception {
        TestQueues.Queue q = queue("bad", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "5"));
        String name = function(10);
        LambdaException visibility = assertThrows(LambdaException.class,
                () -> lambda.createEventSourceMapping(b -> b.functionName(name).eventSourceArn(q.arn())));
        assertEquals("Queue visibility timeout: 5 seconds is less than Function timeout: 10 seconds", visibility.awsErrorDetails().errorMessage());
        lambda.updateFunctionConfiguration(b -> b.functionName(name).timeout(3));
        assertEquals("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10",
                assertThrows(LambdaException.class, () -> lambda.createEventSourceMapping(b -> b.functionName(name).eventSourceArn(q.arn())
                        .batchSize(20))).awsErrorDetails().errorMessage());
        assertEquals("Invalid filter pattern definition.", assertThrows(LambdaException.class, () -> lambda.createEventSourceMapping(b -> b
                .functionName(name).eventSourceArn(q.arn()).filterCriteria(f -> f.filters(Filter.builder().pattern("{not json").build()))))
                .awsErrorDetails().errorMessage());
        String uuid = lambda.createEventSourceMapping(b -> b.functionName(name).eventSourceArn(q.arn())).uuid();
        LambdaException duplicate = assertThrows(LambdaException.class,
                () -> lambda.createEventSourceMapping(b -> b.functionName(name).eventSourceArn(q.arn())));
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.awsErrorDetails().errorMessage().endsWith("Please update or delete the existing mapping with UUID " + uuid));
        assertEquals(400, assertThrows(LambdaException.class, () -> lambda.createEventSourceMapping(b -> b.functionName(name)
                .eventSourceArn("arn:aws:sqs:us-east-1:000000000000:nope"))).statusCode());
        assertEquals(404, assertThrows(LambdaException.class, () -> lambda.getEventSourceMapping(b -> b.uuid(UUID.randomUUID().toString())))
                .statusCode());
        lambda.deleteEventSourceMapping(b -> b.uuid(uuid));
    }
}
