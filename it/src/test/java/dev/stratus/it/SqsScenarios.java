package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusUnderTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.*;

/**
 * SQS through the AWS SDK for Java v2, which also verifies every MD5 digest Stratus returns.
 * Each subclass runs these scenarios against Stratus on one store engine, or several nodes on
 * one, with a manual clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqsScenarios {
    SqsClient sqs;

    abstract StratusUnderTest stratus();

    @BeforeAll
    void client() {
        sqs = Clients.sqs(stratus().endpoint());
    }

    @AfterAll
    void close() {
        sqs.close();
    }

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String create(String name, Map<QueueAttributeName, String> attributes) {
        return sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
    }

    String awsErrorCode(Runnable call) {
        SqsException e = assertThrows(SqsException.class, call::run);
        return e.awsErrorDetails().errorCode();
    }

    @Test
    void queueLifecycleAndUrls() {
        String name = name("life");
        String url = create(name, Map.of());
        assertEquals("http://127.0.0.1:" + stratus().port() + "/000000000000/" + name, url);
        assertEquals(url, create(name, Map.of()), "CreateQueue with the same attributes returns the existing queue");
        assertEquals(url, sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
        assertTrue(sqs.listQueues(b -> b.queueNamePrefix(name)).queueUrls().contains(url));
        sqs.deleteQueue(b -> b.queueUrl(url));
        onceDeleted(() -> {
            assertEquals("AWS.SimpleQueueService.NonExistentQueue", awsErrorCode(() -> sqs.getQueueUrl(b -> b.queueName(name))));
            assertEquals("AWS.SimpleQueueService.NonExistentQueue", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x"))));
        });
    }

    /** Checks what a deleted queue answers; one node answers so at once. */
    void onceDeleted(Runnable check) {
        check.run();
    }

    @Test
    void queueUrlFromAnyHostAddressesTheSameQueue() {
        String name = name("host");
        create(name, Map.of());
        String other = "https://sqs.us-east-1.amazonaws.com/000000000000/" + name;
        sqs.sendMessage(b -> b.queueUrl(other).messageBody("via another host"));
        assertEquals("1", sqs.getQueueAttributes(b -> b.queueUrl(other).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributesAsStrings().get("ApproximateNumberOfMessages"));
    }

    @Test
    void createQueueWithDifferentAttributesIsRefused() {
        String name = name("exists");
        create(name, Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "10"));
        assertEquals("QueueAlreadyExists", awsErrorCode(() -> create(name, Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "20"))));
    }

    @Test
    void badQueueNamesAndAttributes() {
        assertEquals("InvalidParameterValue", awsErrorCode(() -> create("has space", Map.of())));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> create("x".repeat(81), Map.of())));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> create(name("nofifo"), Map.of(QueueAttributeName.FIFO_QUEUE, "true"))));
        assertEquals("InvalidAttributeValue", awsErrorCode(() -> create(name("vt"), Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "43201"))));
        assertEquals("InvalidAttributeValue", awsErrorCode(() -> create(name("mms"), Map.of(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "1023"))));
        assertEquals("InvalidAttributeValue", awsErrorCode(() -> create(name("delay"), Map.of(QueueAttributeName.DELAY_SECONDS, "abc"))));
        assertEquals("InvalidAttributeName", awsErrorCode(() -> create(name("cbd"), Map.of(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"))));
        String url = create(name("attrs"), Map.of());
        assertEquals("InvalidAttributeName", awsErrorCode(() -> sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNamesWithStrings("Nope"))));
        assertEquals("InvalidAttributeName", awsErrorCode(() -> sqs.setQueueAttributes(b -> b.queueUrl(url).attributesWithStrings(Map.of("QueueArn", "x")))));
    }

    @Test
    void attributesRoundTripAndCounts() {
        String url = create(name("attrs"), Map.of(QueueAttributeName.DELAY_SECONDS, "5", QueueAttributeName.MESSAGE_RETENTION_PERIOD, "600"));
        sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "45")));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("delayed"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("now").delaySeconds(0));
        sqs.receiveMessage(b -> b.queueUrl(url));
        Map<String, String> a = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributesAsStrings();
        assertEquals("5", a.get("DelaySeconds"));
        assertEquals("600", a.get("MessageRetentionPeriod"));
        assertEquals("45", a.get("VisibilityTimeout"));
        assertEquals("0", a.get("ApproximateNumberOfMessages"));
        assertEquals("1", a.get("ApproximateNumberOfMessagesNotVisible"));
        assertEquals("1", a.get("ApproximateNumberOfMessagesDelayed"));
        assertTrue(a.get("QueueArn").endsWith(":000000000000:" + url.substring(url.lastIndexOf('/') + 1)));
        assertTrue(sqs.getQueueAttributes(b -> b.queueUrl(url)).attributes().isEmpty(), "no names asked, none answered");
    }

    @Test
    void sendReceiveDeleteWithAttributesAndVerifiedDigests() {
        String url = create(name("msg"), Map.of());
        Map<String, MessageAttributeValue> attributes = Map.of(
                "s", MessageAttributeValue.builder().dataType("String").stringValue("text é").build(),
                "n", MessageAttributeValue.builder().dataType("Number.int").stringValue("42").build(),
                "b", MessageAttributeValue.builder().dataType("Binary").binaryValue(SdkBytes.fromByteArray(new byte[] {0, 1, 2})).build());
        SendMessageResponse sent = sqs.sendMessage(b -> b.queueUrl(url).messageBody("hello ✓").messageAttributes(attributes)
                .messageSystemAttributesWithStrings(Map.of("AWSTraceHeader", MessageSystemAttributeValue.builder().dataType("String")
                        .stringValue("Root=1-5759e988-bd862e3fe1be46a994272793").build())));
        assertNotNull(sent.md5OfMessageSystemAttributes());
        ReceiveMessageResponse got = sqs.receiveMessage(b -> b.queueUrl(url).messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL));
        Message m = got.messages().get(0);
        assertEquals(sent.messageId(), m.messageId());
        assertEquals("hello ✓", m.body());
        assertEquals(attributes, m.messageAttributes());
        assertEquals("1", m.attributesAsStrings().get("ApproximateReceiveCount"));
        assertEquals("Root=1-5759e988-bd862e3fe1be46a994272793", m.attributesAsStrings().get("AWSTraceHeader"));
        assertEquals("test", m.attributesAsStrings().get("SenderId"));
        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
        assertFalse(sqs.receiveMessage(b -> b.queueUrl(url)).hasMessages());
    }

    @Test
    void messageAttributeNameSelection() {
        String url = create(name("sel"), Map.of());
        Map<String, MessageAttributeValue> attributes = Map.of(
                "order.id", MessageAttributeValue.builder().dataType("String").stringValue("1").build(),
                "order.kind", MessageAttributeValue.builder().dataType("String").stringValue("2").build(),
                "other", MessageAttributeValue.builder().dataType("String").stringValue("3").build());
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("x").messageAttributes(attributes));
        Message m = sqs.receiveMessage(b -> b.queueUrl(url).messageAttributeNames("order.*").visibilityTimeout(0)).messages().get(0);
        assertEquals(2, m.messageAttributes().size());
        Message none = sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0);
        assertTrue(none.messageAttributes().isEmpty());
        assertNull(none.md5OfMessageAttributes());
    }

    @Test
    void badMessages() {
        String url = create(name("bad"), Map.of(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "1024"));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x".repeat(1025)))));
        assertEquals("InvalidMessageContents", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("nul\u0000"))));
        assertEquals("MissingParameter", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x").delaySeconds(901))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x")
                .messageAttributes(Map.of("a", MessageAttributeValue.builder().dataType("Int").stringValue("1").build())))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x")
                .messageAttributes(Map.of("n", MessageAttributeValue.builder().dataType("Number").stringValue("abc").build())))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x")
                .messageAttributes(Map.of("AWS.x", MessageAttributeValue.builder().dataType("String").stringValue("1").build())))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(11))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(21))));
        assertEquals("ReceiptHandleIsInvalid", awsErrorCode(() -> sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle("garbage"))));
        assertEquals("AWS.SimpleQueueService.NonExistentQueue", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl("not a url").messageBody("x"))));
        assertEquals("InvalidAddress", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl("http://localhost/too/many/parts").messageBody("x"))));
    }

    @Test
    void batchesReportPerEntryFailures() {
        String url = create(name("batch"), Map.of());
        SendMessageBatchResponse r = sqs.sendMessageBatch(b -> b.queueUrl(url).entries(
                SendMessageBatchRequestEntry.builder().id("ok1").messageBody("one").build(),
                SendMessageBatchRequestEntry.builder().id("bad").messageBody("two").delaySeconds(1000).build(),
                SendMessageBatchRequestEntry.builder().id("ok2").messageBody("three").build()));
        assertEquals(List.of("ok1", "ok2"), r.successful().stream().map(SendMessageBatchResultEntry::id).toList());
        assertEquals("bad", r.failed().get(0).id());
        assertEquals("InvalidParameterValue", r.failed().get(0).code());
        assertTrue(r.failed().get(0).senderFault());

        List<SendMessageBatchRequestEntry> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(SendMessageBatchRequestEntry.builder().id("e" + i).messageBody("m").build());
        }
        assertEquals("AWS.SimpleQueueService.TooManyEntriesInBatchRequest", awsErrorCode(() -> sqs.sendMessageBatch(b -> b.queueUrl(url).entries(eleven))));
        assertEquals("AWS.SimpleQueueService.EmptyBatchRequest", awsErrorCode(() -> sqs.sendMessageBatch(b -> b.queueUrl(url).entries(List.of()))));
        assertEquals("AWS.SimpleQueueService.BatchEntryIdsNotDistinct", awsErrorCode(() -> sqs.sendMessageBatch(b -> b.queueUrl(url).entries(
                SendMessageBatchRequestEntry.builder().id("x").messageBody("1").build(),
                SendMessageBatchRequestEntry.builder().id("x").messageBody("2").build()))));
        assertEquals("AWS.SimpleQueueService.InvalidBatchEntryId", awsErrorCode(() -> sqs.sendMessageBatch(b -> b.queueUrl(url).entries(
                SendMessageBatchRequestEntry.builder().id("no spaces").messageBody("1").build()))));

        List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
        assertEquals(2, got.size());
        DeleteMessageBatchResponse d = sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(
                DeleteMessageBatchRequestEntry.builder().id("a").receiptHandle(got.get(0).receiptHandle()).build(),
                DeleteMessageBatchRequestEntry.builder().id("b").receiptHandle("bogus").build()));
        assertEquals("a", d.successful().get(0).id());
        assertEquals("ReceiptHandleIsInvalid", d.failed().get(0).code());
        ChangeMessageVisibilityBatchResponse c = sqs.changeMessageVisibilityBatch(b -> b.queueUrl(url).entries(
                ChangeMessageVisibilityBatchRequestEntry.builder().id("c").receiptHandle(got.get(1).receiptHandle()).visibilityTimeout(0).build()));
        assertEquals("c", c.successful().get(0).id());
        assertEquals(got.get(1).messageId(), sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0).messageId());
    }

    @Test
    void visibilityTimeoutAndChangeMessageVisibility() throws Exception {
        String url = create(name("vis"), Map.of());
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("v"));
        Message first = sqs.receiveMessage(b -> b.queueUrl(url).visibilityTimeout(1)).messages().get(0);
        assertFalse(sqs.receiveMessage(b -> b.queueUrl(url)).hasMessages(), "in flight");
        stratus().advance(Duration.ofSeconds(1));
        Message again = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(3)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages().get(0);
        assertEquals(first.messageId(), again.messageId());
        assertNotEquals(first.receiptHandle(), again.receiptHandle());
        assertEquals("2", again.attributesAsStrings().get("ApproximateReceiveCount"));
        sqs.changeMessageVisibility(b -> b.queueUrl(url).receiptHandle(first.receiptHandle()).visibilityTimeout(0));
        assertFalse(sqs.receiveMessage(b -> b.queueUrl(url)).hasMessages(), "a stale receipt handle changes nothing");
        sqs.changeMessageVisibility(b -> b.queueUrl(url).receiptHandle(again.receiptHandle()).visibilityTimeout(0));
        Message third = sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0);
        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(third.receiptHandle()));
        assertEquals("InvalidParameterValue", awsErrorCode(() ->
                sqs.changeMessageVisibility(b -> b.queueUrl(url).receiptHandle(third.receiptHandle()).visibilityTimeout(5))),
                "the message is gone");
    }

    @Test
    void longPollingWakesAtOnceWhenAMessageArrives() throws Exception {
        String url = create(name("poll"), Map.of());
        long start = System.nanoTime();
        CompletableFuture<ReceiveMessageResponse> waiting = CompletableFuture.supplyAsync(() ->
                sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)));
        Thread.sleep(300);
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("wake"));
        ReceiveMessageResponse r = waiting.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("wake", r.messages().get(0).body());
        assertTrue(millis < 5_000, "long poll returned after " + millis + " ms");
    }

    @Test
    void fifoOrderingGroupsAndDeduplication() {
        String url = create(name("order") + ".fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        List<String> sequence = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            sequence.add(sqs.sendMessage(b -> b.queueUrl(url).messageBody("a" + n).messageGroupId("A").messageDeduplicationId("a" + n)).sequenceNumber());
        }
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("b0").messageGroupId("B").messageDeduplicationId("b0"));
        SendMessageResponse dup = sqs.sendMessage(b -> b.queueUrl(url).messageBody("a0 again").messageGroupId("A").messageDeduplicationId("a0"));
        assertEquals(sequence.get(0), dup.sequenceNumber(), "a duplicate within five minutes answers the first send");
        assertTrue(sequence.get(0).compareTo(sequence.get(1)) < 0 && sequence.get(1).compareTo(sequence.get(2)) < 0);

        List<Message> firstTwo = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(2)).messages();
        assertEquals(List.of("a0", "a1"), firstTwo.stream().map(Message::body).toList());
        List<Message> next = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
        assertEquals(List.of("b0"), next.stream().map(Message::body).toList(), "group A is locked while a0 and a1 are in flight");

        assertEquals("MissingParameter", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x").messageDeduplicationId("d"))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x").messageGroupId("g"))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x").messageGroupId("g")
                .messageDeduplicationId("d2").delaySeconds(5))));
    }

    @Test
    void retriedReceiveAttemptAnswersTheSameMessages() {
        String url = create(name("attempt") + ".fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true",
                QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("one").messageGroupId("g"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("two").messageGroupId("h"));
        List<Message> first = sqs.receiveMessage(b -> b.queueUrl(url).receiveRequestAttemptId("try-1")).messages();
        List<Message> retried = sqs.receiveMessage(b -> b.queueUrl(url).receiveRequestAttemptId("try-1")).messages();
        assertEquals(first, retried, "same messages, same receipt handles");
        List<Message> fresh = sqs.receiveMessage(b -> b.queueUrl(url).receiveRequestAttemptId("try-2")).messages();
        assertEquals("two", fresh.get(0).body());
        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(first.get(0).receiptHandle()));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.receiveMessage(b -> b.queueUrl(url).receiveRequestAttemptId("no spaces allowed"))));
    }

    @Test
    void contentBasedDeduplication() {
        String url = create(name("cbd") + ".fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"));
        String id1 = sqs.sendMessage(b -> b.queueUrl(url).messageBody("same").messageGroupId("g")).messageId();
        String id2 = sqs.sendMessage(b -> b.queueUrl(url).messageBody("same").messageGroupId("g")).messageId();
        assertEquals(id1, id2);
        assertEquals(1, sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages().size());
    }

    @Test
    void deadLetterRedriveAndMessageMoveTask() throws Exception {
        String dlqName = name("dlq");
        String dlq = create(dlqName, Map.of());
        String dlqArn = "arn:aws:sqs:us-east-1:000000000000:" + dlqName;
        String source = create(name("src"), Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"1\"}"));
        sqs.sendMessage(b -> b.queueUrl(source).messageBody("poison"));
        sqs.receiveMessage(b -> b.queueUrl(source).visibilityTimeout(0));
        assertFalse(sqs.receiveMessage(b -> b.queueUrl(source)).hasMessages(), "the second receive moves it to the DLQ");
        Message dead = sqs.receiveMessage(b -> b.queueUrl(dlq).visibilityTimeout(0)
                .messageSystemAttributeNames(MessageSystemAttributeName.DEAD_LETTER_QUEUE_SOURCE_ARN)).messages().get(0);
        assertEquals("poison", dead.body());
        assertEquals(List.of(source), sqs.listDeadLetterSourceQueues(b -> b.queueUrl(dlq)).queueUrls());

        String handle = sqs.startMessageMoveTask(b -> b.sourceArn(dlqArn)).taskHandle();
        assertNotNull(handle);
        ListMessageMoveTasksResultEntry task = null;
        for (int i = 0; i < 50; i++) {
            task = sqs.listMessageMoveTasks(b -> b.sourceArn(dlqArn)).results().get(0);
            if (task.status().equals("COMPLETED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("COMPLETED", task.status());
        assertEquals(1L, task.approximateNumberOfMessagesMoved());
        assertEquals("poison", sqs.receiveMessage(b -> b.queueUrl(source)).messages().get(0).body());
        assertEquals("AWS.SimpleQueueService.UnsupportedOperation",
                awsErrorCode(() -> sqs.cancelMessageMoveTask(b -> b.taskHandle(handle))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.startMessageMoveTask(b -> b.sourceArn(
                "arn:aws:sqs:us-east-1:000000000000:" + source.substring(source.lastIndexOf('/') + 1)))));
        assertEquals("ResourceNotFoundException", awsErrorCode(() -> sqs.startMessageMoveTask(b -> b.sourceArn("arn:aws:sqs:us-east-1:000000000000:nope"))));
    }

    @Test
    void redrivePolicyMustNameAnExistingQueueOfTheSameType() {
        assertEquals("InvalidParameterValue", awsErrorCode(() -> create(name("rp"), Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:missing\",\"maxReceiveCount\":3}"))));
        String denyName = name("deny");
        create(denyName, Map.of(QueueAttributeName.REDRIVE_ALLOW_POLICY, "{\"redrivePermission\":\"denyAll\"}"));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> create(name("rp"), Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:" + denyName + "\",\"maxReceiveCount\":3}"))));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> create(name("rp"), Map.of(QueueAttributeName.REDRIVE_POLICY, "not json"))));
    }

    @Test
    void createQueueWithFifoQueueFalseIsIdempotent() {
        String name = name("std");
        String url = create(name, Map.of(QueueAttributeName.FIFO_QUEUE, "false"));
        assertEquals(url, create(name, Map.of(QueueAttributeName.FIFO_QUEUE, "false")));
    }

    @Test
    void purgeOncePerMinute() {
        String url = create(name("purge"), Map.of());
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("p"));
        sqs.purgeQueue(b -> b.queueUrl(url));
        assertFalse(sqs.receiveMessage(b -> b.queueUrl(url)).hasMessages());
        assertEquals("AWS.SimpleQueueService.PurgeQueueInProgress", awsErrorCode(() -> sqs.purgeQueue(b -> b.queueUrl(url))));
    }

    @Test
    void tagsAndPermissions() {
        String url = sqs.createQueue(b -> b.queueName(name("tags")).tags(Map.of("team", "a"))).queueUrl();
        sqs.tagQueue(b -> b.queueUrl(url).tags(Map.of("env", "test")));
        assertEquals(Map.of("team", "a", "env", "test"), sqs.listQueueTags(b -> b.queueUrl(url)).tags());
        sqs.untagQueue(b -> b.queueUrl(url).tagKeys("team"));
        assertEquals(Map.of("env", "test"), sqs.listQueueTags(b -> b.queueUrl(url)).tags());

        sqs.addPermission(b -> b.queueUrl(url).label("share").awsAccountIds("111122223333").actions("SendMessage"));
        String policy = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.POLICY)).attributesAsStrings().get("Policy");
        assertTrue(policy.contains("\"Sid\":\"share\"") && policy.contains("arn:aws:iam::111122223333:root") && policy.contains("SQS:SendMessage"), policy);
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.addPermission(b -> b.queueUrl(url).label("share")
                .awsAccountIds("111122223333").actions("SendMessage"))));
        sqs.removePermission(b -> b.queueUrl(url).label("share"));
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.removePermission(b -> b.queueUrl(url).label("share"))));
    }

    @Test
    void listQueuesPages() {
        String prefix = name("page");
        for (int i = 0; i < 5; i++) {
            create(prefix + "-" + i, Map.of());
        }
        ListQueuesResponse first = sqs.listQueues(b -> b.queueNamePrefix(prefix).maxResults(3));
        assertEquals(3, first.queueUrls().size());
        ListQueuesResponse second = sqs.listQueues(b -> b.queueNamePrefix(prefix).maxResults(3).nextToken(first.nextToken()));
        assertEquals(2, second.queueUrls().size());
        assertNull(second.nextToken());
        assertEquals("InvalidParameterValue", awsErrorCode(() -> sqs.listQueues(b -> b.maxResults(1001))));
    }
}
