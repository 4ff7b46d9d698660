package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.*;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Asynchronous invocation through the AWS SDK for Java v2: retries, dead-letter queues and
 * destinations, with retries 1 s then 2 s apart instead of AWS's minutes, on a clock the test moves.
 */
class LambdaAsyncIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().lambdaRetryDelay(1).manualClock();
    static final ObjectMapper JSON = new ObjectMapper();
    static LambdaClient lambda;
    static SqsClient sqs;
    static String role;

    @BeforeAll
    static void clients() {
        lambda = Clients.lambda(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        role = TestRoles.lambda(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        lambda.close();
        sqs.close();
    }

    static TestQueues.Queue queue(String prefix) {
        return new TestQueues(sqs).create(prefix, Map.of());
    }

    static String function(String prefix, java.util.function.Consumer<CreateFunctionRequest.Builder> more) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        CreateFunctionRequest.Builder b = CreateFunctionRequest.builder().functionName(name).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12).handler("app.handler")
                .role(role).code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python"))));
        more.accept(b);
        lambda.createFunction(b.build());
        return name;
    }

    static String fire(String name, String payload) {
        InvokeResponse r = lambda.invoke(b -> b.functionName(name).invocationType(InvocationType.EVENT).payload(SdkBytes.fromUtf8String(payload)));
        assertEquals(202, r.statusCode());
        assertEquals(0, r.payload().asByteArray().length);
        return r.responseMetadata().requestId();
    }

    static Message receive(TestQueues.Queue q, int seconds) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(q.url()).waitTimeSeconds(1).messageAttributeNames("All")
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (!got.isEmpty()) {
                return got.get(0);
            }
        }
        throw new AssertionError("nothing arrived in " + q.url() + " within " + seconds + " s");
    }

    /**
     * The first message to reach the queue while Stratus's clock runs ten times faster than the real one,
     * so that retries fall due at once; the attempts themselves take real time.
     */
    static Message receiveAsTimePasses(TestQueues.Queue q, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(q.url()).messageAttributeNames("All")
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (!got.isEmpty()) {
                return got.get(0);
            }
            STRATUS.advance(Duration.ofSeconds(1));
            Thread.sleep(100);
        }
        throw new AssertionError("nothing arrived in " + q.url() + " within " + seconds + " s");
    }

    @Test
    void aFailingEventIsTriedThreeTimesThenLandsInTheDeadLetterQueue() throws Exception {
        TestQueues.Queue dlq = queue("dlq");
        String name = function("dlq", b -> b.deadLetterConfig(d -> d.targetArn(dlq.arn())));
        long start = STRATUS.clock().millis();
        String requestId = fire(name, "{\"action\": \"fail\", \"n\": 1}");
        Message m = receiveAsTimePasses(dlq, 20);
        double seconds = (STRATUS.clock().millis() - start) / 1e3;
        assertTrue(seconds >= 3, "two retries, 1 s then 2 s apart, came before the dead-letter queue: " + seconds);
        assertEquals("{\"action\": \"fail\", \"n\": 1}", m.body(), "the dead-letter queue gets the original event");
        assertEquals(requestId, m.messageAttributes().get("RequestID").stringValue());
        assertEquals("Number", m.messageAttributes().get("ErrorCode").dataType());
        assertEquals("200", m.messageAttributes().get("ErrorCode").stringValue());
        assertEquals("boom", m.messageAttributes().get("ErrorMessage").stringValue());
    }

    @Test
    void destinationsGetAwsInvocationRecords() throws Exception {
        TestQueues.Queue success = queue("ok");
        TestQueues.Queue failure = queue("failed");
        String name = function("dest", b -> { });
        PutFunctionEventInvokeConfigResponse config = lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).maximumRetryAttempts(0)
                .destinationConfig(d -> d.onSuccess(s -> s.destination(success.arn())).onFailure(f -> f.destination(failure.arn()))));
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:" + name + ":$LATEST", config.functionArn());
        assertEquals(0, lambda.getFunctionEventInvokeConfig(b -> b.functionName(name)).maximumRetryAttempts());

        String okId = fire(name, "{\"k\": \"v\"}");
        JsonNode ok = JSON.readTree(receive(success, 20).body());
        assertEquals("1.0", ok.get("version").asText());
        assertEquals(okId, ok.at("/requestContext/requestId").asText());
        assertEquals("Success", ok.at("/requestContext/condition").asText());
        assertEquals(1, ok.at("/requestContext/approximateInvokeCount").asInt());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:" + name + ":$LATEST", ok.at("/requestContext/functionArn").asText());
        assertEquals("v", ok.at("/requestPayload/k").asText());
        assertEquals(200, ok.at("/responseContext/statusCode").asInt());
        assertEquals("$LATEST", ok.at("/responseContext/executedVersion").asText());
        assertEquals("v", ok.at("/responsePayload/event/k").asText());

        String failedId = fire(name, "{\"action\": \"fail\"}");
        JsonNode failed = JSON.readTree(receive(failure, 20).body());
        assertEquals(failedId, failed.at("/requestContext/requestId").asText());
        assertEquals("RetriesExhausted", failed.at("/requestContext/condition").asText());
        assertEquals(1, failed.at("/requestContext/approximateInvokeCount").asInt(), "MaximumRetryAttempts 0: one attempt");
        assertEquals("Unhandled", failed.at("/responseContext/functionError").asText());
        assertEquals("ValueError", failed.at("/responsePayload/errorType").asText());

        lambda.updateFunctionEventInvokeConfig(b -> b.functionName(name).maximumEventAgeInSeconds(60));
        GetFunctionEventInvokeConfigResponse updated = lambda.getFunctionEventInvokeConfig(b -> b.functionName(name));
        assertEquals(0, updated.maximumRetryAttempts(), "an update keeps what it does not name");
        assertEquals(60, updated.maximumEventAgeInSeconds());
        assertEquals(1, lambda.listFunctionEventInvokeConfigs(b -> b.functionName(name)).functionEventInvokeConfigs().size());
        lambda.deleteFunctionEventInvokeConfig(b -> b.functionName(name));
        LambdaException missing = org.junit.jupiter.api.Assertions.assertThrows(LambdaException.class,
                () -> lambda.getFunctionEventInvokeConfig(b -> b.functionName(name)));
        assertEquals(404, missing.statusCode());
        assertEquals("The function arn:aws:lambda:us-east-1:000000000000:function:" + name + ":$LATEST doesn't have an EventInvokeConfig",
                missing.awsErrorDetails().errorMessage());
    }

    @Test
    void zeroReservedConcurrencySendsEventsStraightToTheFailureDestination() throws Exception {
        TestQueues.Queue failure = queue("zero");
        String name = function("zero", b -> { });
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).destinationConfig(d -> d.onFailure(f -> f.destination(failure.arn()))));
        lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(0));
        fire(name, "{}");
        JsonNode record = JSON.readTree(receive(failure, 10).body());
        assertEquals("ZeroReservedConcurrency", record.at("/requestContext/condition").asText());
        assertEquals(0, record.at("/requestContext/approximateInvokeCount").asInt());
        assertTrue(record.get("responseContext") == null, record.toString());
    }

    @Test
    void badAsyncInputGetsAwsErrors() {
        String name = function("badasync", b -> { });
        LambdaException tooLarge = org.junit.jupiter.api.Assertions.assertThrows(LambdaException.class,
                () -> fire(name, "\"" + "x".repeat(1024 * 1024) + "\""));
        assertEquals(413, tooLarge.statusCode());
        assertEquals("1048578 byte payload is too large for the Event invocation type (limit 1048576 bytes)", tooLarge.awsErrorDetails().errorMessage());
        LambdaException noSettings = org.junit.jupiter.api.Assertions.assertThrows(LambdaException.class,
                () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)));
        assertEquals("You must specify at least one of error handling or destination setting.", noSettings.awsErrorDetails().errorMessage());
        LambdaException self = org.junit.jupiter.api.Assertions.assertThrows(LambdaException.class,
                () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).destinationConfig(d -> d.onSuccess(s -> s.destination(
                        "arn:aws:lambda:us-east-1:000000000000:function:" + name)))));
        assertEquals("You can't specify the function as a destination for itself.", self.awsErrorDetails().errorMessage());
        List<String> codes = new ArrayList<>();
        for (int retries : new int[] {-1, 3}) {
            codes.add(org.junit.jupiter.api.Assertions.assertThrows(LambdaException.class,
                    () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).maximumRetryAttempts(retries))).awsErrorDetails().errorCode());
        }
        assertEquals(List.of("ValidationException", "ValidationException"), codes);
    }
}
