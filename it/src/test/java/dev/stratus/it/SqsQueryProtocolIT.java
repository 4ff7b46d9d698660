package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQS in the query protocol, as older SDKs speak it: form-encoded Action requests, XML answers
 * with AWS's element names, and XML errors with the query error codes.
 */
class SqsQueryProtocolIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> post(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest r = HttpRequest.newBuilder(STRATUS.endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void queryRoundTripWithAttributes() throws Exception {
        HttpResponse<String> created = post(form("Action", "CreateQueue", "QueueName", "query-q", "Attribute.1.Name", "VisibilityTimeout",
                "Attribute.1.Value", "7", "Tag.1.Key", "team", "Tag.1.Value", "x"));
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("<CreateQueueResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"), created.body());
        String url = element(created.body(), "QueueUrl");
        assertTrue(url.endsWith("/000000000000/query-q"));

        HttpResponse<String> sent = post(form("Action", "SendMessage", "QueueUrl", url, "MessageBody", "<hello & bye>",
                "MessageAttribute.1.Name", "color", "MessageAttribute.1.Value.DataType", "String", "MessageAttribute.1.Value.StringValue", "red"));
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest("<hello & bye>".getBytes(StandardCharsets.UTF_8))), element(sent.body(), "MD5OfMessageBody"));

        HttpResponse<String> got = post(form("Action", "ReceiveMessage", "QueueUrl", url, "AttributeName.1", "All",
                "MessageAttributeName.1", "All"));
        assertEquals(200, got.statusCode(), got.body());
        String message = element(got.body(), "Message");
        assertEquals("&lt;hello &amp; bye&gt;", element(message, "Body"));
        assertTrue(message.contains("<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value></Attribute>"), message);
        assertTrue(message.contains("<MessageAttribute><Name>color</Name><Value><StringValue>red</StringValue><DataType>String</DataType></Value></MessageAttribute>"), message);

        HttpResponse<String> attrs = post(form("Action", "GetQueueAttributes", "QueueUrl", url, "AttributeName.1", "VisibilityTimeout"));
        assertTrue(attrs.body().contains("<Attribute><Name>VisibilityTimeout</Name><Value>7</Value></Attribute>"), attrs.body());
        HttpResponse<String> tags = post(form("Action", "ListQueueTags", "QueueUrl", url));
        assertTrue(tags.body().contains("<Tag><Key>team</Key><Value>x</Value></Tag>"), tags.body());
        HttpResponse<String> list = post(form("Action", "ListQueues", "QueueNamePrefix", "query-"));
        assertEquals(url, element(list.body(), "QueueUrl"));
    }

    @Test
    void queryErrorsUseQueryCodesAndXml() throws Exception {
        HttpResponse<String> missing = post(form("Action", "GetQueueUrl", "QueueName", "nope"));
        assertEquals(400, missing.statusCode());
        assertEquals("AWS.SimpleQueueService.NonExistentQueue", element(missing.body(), "Code"));
        assertEquals("Sender", element(missing.body(), "Type"));
        assertTrue(missing.body().contains("<RequestId>"));

        HttpResponse<String> noParam = post(form("Action", "CreateQueue"));
        assertEquals(400, noParam.statusCode());
        assertEquals("MissingParameter", element(noParam.body(), "Code"));

        HttpResponse<String> notInt = post(form("Action", "ReceiveMessage", "QueueUrl", "http://x/000000000000/q", "MaxNumberOfMessages", "ten"));
        assertEquals("InvalidParameterValue", element(notInt.body(), "Code"));

        HttpResponse<String> unknown = post(form("Action", "FlyToTheMoon"));
        assertEquals(400, unknown.statusCode());
        assertEquals("InvalidAction", element(unknown.body(), "Code"));
    }

    @Test
    void unknownJsonTargetGetsUnknownOperation() throws Exception {
        HttpRequest r = HttpRequest.newBuilder(STRATUS.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS.FlyToTheMoon")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpResponse<String> resp = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, resp.statusCode());
        assertTrue(resp.body().contains("UnknownOperationException"), resp.body());

        HttpRequest malformed = HttpRequest.newBuilder(STRATUS.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS.ListQueues")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build();
        HttpResponse<String> bad = HTTP.send(malformed, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("SerializationException"), bad.body());
    }

    static HttpResponse<String> jsonCall(String target, byte[] body, String encoding) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(STRATUS.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (encoding != null) {
            b.header("Content-Encoding", encoding);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void requestBodiesMayBeGzippedAndAreCappedAtLambdasLimit() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write("{\"QueueName\":\"gzipped\"}".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> created = jsonCall("AmazonSQS.CreateQueue", zipped.toByteArray(), "gzip");
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("/000000000000/gzipped"), created.body());

        HttpResponse<String> notGzip = jsonCall("AmazonSQS.ListQueues", "{}".getBytes(StandardCharsets.UTF_8), "gzip");
        assertEquals(400, notGzip.statusCode());
        assertTrue(notGzip.body().contains("SerializationException"), notGzip.body());

        HttpResponse<String> tooLarge = jsonCall("AmazonSQS.ListQueues", new byte[70_167_212], null);
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("RequestEntityTooLarge"), "an error the SDKs can read: " + tooLarge.body());
    }

    @Test
    void healthNamesEveryService() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(STRATUS.endpoint() + "/_stratus/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"sqs\":\"running\""), health.body());
    }
}
