package dev.stratus.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonProtocolTest {
    static final ServiceModel SQS = ServiceModel.load("sqs");
    static final JsonProtocol JSON = new JsonProtocol();
    static final RequestContext CTX = new RequestContext("r", "sqs", "SendMessage", "us-east-1", "000000000000", null, "localhost", new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    static JsonNode read(String op, String body) {
        return JSON.readInput(SQS, SQS.operation(op), new HttpRequest("POST", "/", Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    @Test
    void readsTypedInputAndDropsUnknownMembers() {
        JsonNode in = read("SendMessage", "{\"QueueUrl\":\"u\",\"MessageBody\":\"b\",\"DelaySeconds\":5,\"Nope\":1,"
                + "\"MessageAttributes\":{\"a\":{\"DataType\":\"Binary\",\"BinaryValue\":\"AQID\"}}}");
        assertEquals(5, in.get("DelaySeconds").intValue());
        assertTrue(in.get("MessageAttributes").get("a").get("BinaryValue").isBinary());
        assertTrue(!in.has("Nope"));
    }

    @Test
    void queryCompatibleServiceAnswersQueryStyleValidationErrors() {
        assertEquals("MissingParameter", assertThrows(AwsException.class, () -> read("SendMessage", "{\"QueueUrl\":\"u\"}")).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class,
                () -> read("SendMessage", "{\"QueueUrl\":\"u\",\"MessageBody\":\"b\",\"DelaySeconds\":\"five\"}")).code());
        assertEquals("SerializationException", assertThrows(AwsException.class, () -> read("SendMessage", "[1]")).code());
        assertEquals("SerializationException", assertThrows(AwsException.class, () -> read("SendMessage", "{\"QueueUrl\":")).code());
    }

    /** Issue 11: {@code null} reached the service as no input at all (a NullPointerException, a 500). */
    @Test
    void aBodyThatIsNotOneObjectIsASerializationError() {
        for (String body : new String[] {"null", "\"text\"", "42", "true", "{}junk", "{} {}", "{\"QueueUrl\":\"u\"}]"}) {
            assertEquals("SerializationException", assertThrows(AwsException.class, () -> read("ListQueues", body), body).code(), body);
        }
        assertEquals(0, read("ListQueues", "").size());
        assertEquals(0, read("ListQueues", " {} \n").size());
    }

    @Test
    void errorsCarryTheQueryCodeHeaderForQueryCompatibleServices() {
        HttpResponse r = JSON.writeError(SQS, AwsError.of(SQS, new AwsException("QueueDoesNotExist", "gone")), CTX);
        assertEquals(400, r.status());
        assertEquals("AWS.SimpleQueueService.NonExistentQueue;Sender", r.headers().get("x-amzn-query-error"));
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals("{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"gone\"}", body);
        assertEquals("application/x-amz-json-1.0", r.headers().get("Content-Type"));
    }
}
