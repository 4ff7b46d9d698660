package dev.stratus.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.stratus.protocol.model.ServiceModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every protocol through the gateway: routing, input binding and output shape, with small
 * models and a dispatcher that records its input and answers what the test says.
 */
class GatewayProtocolsTest {
    final Map<String, JsonNode> received = new HashMap<>();
    final Map<String, Function<JsonNode, Object>> answers = new HashMap<>();
    final Map<String, RequestContext> contexts = new HashMap<>();

    /** Every access key is the root of the account; every call is allowed. */
    static final Gatekeeper OPEN = new Gatekeeper() {
        @Override
        public Principal identify(String accessKeyId, String region) {
            return new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000");
        }

        @Override
        public void authorize(RequestContext ctx, JsonNode input) {
        }
    };

    Gateway gateway(String... models) {
        List<Gateway.Service> services = new java.util.ArrayList<>();
        for (String id : models) {
            services.add(new Gateway.Service(ServiceModel.load(id), (op, ctx, input) -> {
                received.put(op, input);
                contexts.put(op, ctx);
                return answers.getOrDefault(op, in -> null).apply(input);
            }));
        }
        return new Gateway(services, "us-east-1", "000000000000", OPEN);
    }

    static HttpRequest request(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        int q = pathAndQuery.indexOf('?');
        Map<String, List<String>> query = new HashMap<>();
        if (q >= 0) {
            for (String kv : pathAndQuery.substring(q + 1).split("&")) {
                String[] p = kv.split("=", 2);
                query.computeIfAbsent(p[0], k -> new java.util.ArrayList<>()).add(p.length > 1 ? p[1] : "");
            }
        }
        Map<String, String> h = new HashMap<>(headers);
        return new HttpRequest(method, q < 0 ? pathAndQuery : pathAndQuery.substring(0, q), query, h, body);
    }

    static String signedFor(String service) {
        return "AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/" + service + "/aws4_request, SignedHeaders=host, Signature=0";
    }

    static String text(HttpResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theIdentityStepNamesThePrincipalAndCanRefuseBeforeTheServiceIsCalled() {
        List<ApiCall> calls = new java.util.ArrayList<>();
        Gatekeeper denyPuts = new Gatekeeper() {
            @Override
            public Principal identify(String accessKeyId, String region) {
                return new Principal(Principal.Type.USER, "arn:aws:iam::000000000000:user/" + accessKeyId + "@" + region, "000000000000");
            }

            @Override
            public void authorize(RequestContext ctx, JsonNode input) {
                if (ctx.operation().equals("CreateThing")) {
                    throw new AwsException("AccessDeniedException", ctx.principal().id() + " may not CreateThing " + input.get("Name").asText(), 403);
                }
            }
        };
        Gateway g = new Gateway(List.of(new Gateway.Service(ServiceModel.load("restsvc"), (op, ctx, input) -> {
            received.put(op, input);
            contexts.put(op, ctx);
            return null;
        })), "us-east-1", "000000000000", denyPuts);
        g.onCall(calls::add);

        HttpResponse denied = g.handle(request("POST", "/things", Map.of("authorization", signedFor("restsvc")), "{\"Name\":\"a\"}".getBytes()));
        assertEquals(403, denied.status());
        assertEquals("AccessDeniedException", denied.headers().get("X-Amzn-ErrorType"));
        assertTrue(text(denied).contains("arn:aws:iam::000000000000:user/AKID@eu-west-1 may not CreateThing a"), text(denied));
        assertEquals(null, received.get("CreateThing"), "a refused call never reaches the service");

        g.handle(request("GET", "/things/b/config", Map.of("authorization", signedFor("restsvc")), new byte[0]));
        assertEquals("arn:aws:iam::000000000000:user/AKID@eu-west-1", contexts.get("GetThingConfig").principal().id());

        assertEquals(2, calls.size());
        assertEquals("CreateThing", calls.get(0).context().operation());
        assertEquals("a", calls.get(0).input().get("Name").asText());
        assertEquals("AccessDeniedException", calls.get(0).error().code());
        assertEquals("b", calls.get(1).input().get("Name").asText());
        assertEquals(null, calls.get(1).error());
    }

    @Test
    void everyCallCarriesTheClientsAddressAndUserAgentForCloudTrail() {
        List<ApiCall> calls = new java.util.ArrayList<>();
        Gateway g = gateway("restsvc");
        g.onCall(calls::add);
        HttpRequest r = request("GET", "/things/b/config", Map.of("authorization", signedFor("restsvc"), "user-agent", "aws-cli/2.9.19"), new byte[0]);
        g.handle(new HttpRequest(r.method(), r.path(), r.query(), r.headers(), r.body(), "192.0.2.7"));
        g.handle(r);

        assertEquals("192.0.2.7", calls.get(0).context().sourceIp());
        assertEquals("aws-cli/2.9.19", calls.get(0).context().userAgent());
        assertEquals(null, calls.get(1).context().sourceIp(), "a request built without its peer has no address");
    }

    @Test
    void restJsonBindsUriHeaderQueryAndRawPayload() {
        Gateway g = gateway("restsvc");
        answers.put("Invoke", in -> Json.parse("{\"StatusCode\":200,\"FunctionError\":\"Unhandled\",\"Payload\":\"eyJvayI6MX0=\"}"));
        HttpResponse r = g.handle(request("POST", "/2015-03-31/functions/my-fn/invocations?Qualifier=live",
                Map.of("authorization", signedFor("restsvc"), "x-amz-invocation-type", "Event"), "{\"in\":1}".getBytes()));
        JsonNode in = received.get("Invoke");
        assertEquals("my-fn", in.get("FunctionName").asText());
        assertEquals("Event", in.get("InvocationType").asText());
        assertEquals("live", in.get("Qualifier").asText());
        assertEquals("{\"in\":1}", new String(Scalars.binary(in.get("Payload"))));
        assertEquals(200, r.status());
        assertEquals("Unhandled", r.headers().get("X-Amz-Function-Error"));
        assertEquals("{\"ok\":1}", text(r));
    }

    @Test
    void restJsonRoutesByTemplateAndAnswersWithTheModelsStatus() {
        Gateway g = gateway("restsvc");
        answers.put("CreateThing", in -> in);
        HttpResponse created = g.handle(request("POST", "/things", Map.of(), "{\"Name\":\"a\",\"Size\":3,\"Created\":1700000000.5}".getBytes()));
        assertEquals(201, created.status());
        assertEquals("{\"Name\":\"a\",\"Size\":3,\"Created\":1700000000.5}", text(created));

        g.handle(request("GET", "/things?maxItems=5&kind=x&kind=y", Map.of(), new byte[0]));
        assertEquals(5, received.get("ListThings").get("MaxItems").intValue());
        assertEquals("[\"x\",\"y\"]", received.get("ListThings").get("Kinds").toString());

        g.handle(request("GET", "/things/a%20b/config", Map.of(), new byte[0]));
        assertEquals("a b", received.get("GetThingConfig").get("Name").asText());

        g.handle(request("PUT", "/files/dir/sub/file.txt", Map.of("x-meta-color", "red"), "hello".getBytes()));
        JsonNode put = received.get("PutFile");
        assertEquals("dir/sub/file.txt", put.get("Key").asText());
        assertEquals("red", put.get("Meta").get("color").asText());
        assertEquals("hello", new String(Scalars.binary(put.get("Body"))));
    }

    @Test
    void restJsonBadInputGetsValidationErrorsWithTheErrorTypeHeader() {
        Gateway g = gateway("restsvc");
        HttpResponse tooBig = g.handle(request("GET", "/things?maxItems=5000", Map.of(), new byte[0]));
        assertEquals(400, tooBig.status());
        assertEquals("ValidationException", tooBig.headers().get("X-Amzn-ErrorType"));
        HttpResponse noName = g.handle(request("POST", "/things", Map.of(), "{}".getBytes()));
        assertEquals("ValidationException", noName.headers().get("X-Amzn-ErrorType"));
        assertTrue(text(noName).contains("Member must not be null"), text(noName));
        HttpResponse badJson = g.handle(request("POST", "/things", Map.of(), "{".getBytes()));
        assertEquals("SerializationException", badJson.headers().get("X-Amzn-ErrorType"));
        for (String notOneObject : new String[] {"null", "[]", "{\"Name\":\"a\"}junk"}) {
            HttpResponse r = g.handle(request("POST", "/things", Map.of(), notOneObject.getBytes()));
            assertEquals(400, r.status(), notOneObject);
            assertEquals("SerializationException", r.headers().get("X-Amzn-ErrorType"), notOneObject);
        }
        HttpResponse twice = g.handle(request("GET", "/things?maxItems=5&maxItems=6", Map.of(), new byte[0]));
        assertEquals("SerializationException", twice.headers().get("X-Amzn-ErrorType"));
        HttpResponse nowhere = g.handle(request("DELETE", "/nothing/here", Map.of(), new byte[0]));
        assertEquals(404, nowhere.status());
        assertEquals("UnknownOperationException", nowhere.headers().get("X-Amzn-ErrorType"));
    }

    @Test
    void restXmlReadsAndWritesXmlAndPrefersTheMoreSpecificRoute() {
        Gateway g = gateway("xmlsvc");
        g.handle(request("PUT", "/bucket?tagging", Map.of("authorization", signedFor("xmlsvc")),
                "<Tagging xmlns=\"urn:x\"><TagSet><Tag><Key>k</Key><Value>v</Value></Tag></TagSet></Tagging>".getBytes()));
        assertEquals("{\"Bucket\":\"bucket\",\"Tagging\":{\"TagSet\":[{\"Key\":\"k\",\"Value\":\"v\"}]}}", received.get("PutTagging").toString());

        answers.put("GetTagging", in -> Json.parse("{\"TagSet\":[{\"Key\":\"a&b\",\"Value\":\"c\"}]}"));
        HttpResponse r = g.handle(request("GET", "/bucket?tagging", Map.of(), new byte[0]));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Tagging xmlns=\"urn:x\"><TagSet><Tag><Key>a&amp;b</Key><Value>c</Value></Tag></TagSet></Tagging>",
                text(r));
        g.handle(request("GET", "/bucket", Map.of(), new byte[0]));
        assertTrue(received.containsKey("GetBucket"));

        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        HttpResponse bad;
        try {
            System.setErr(new java.io.PrintStream(printed, true));
            bad = g.handle(request("PUT", "/bucket?tagging", Map.of(), "<Tagging><oops".getBytes()));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", printed.toString(), "a client's malformed XML prints nothing on Stratus's console");
        assertEquals(400, bad.status());
        assertTrue(text(bad).contains("<Code>MalformedXML</Code>"), text(bad));
    }

    @Test
    void anS3ErrorCarriesItsHeadersAndNotModifiedHasNoBody() {
        Gateway g = gateway("s3");
        answers.put("GetObject", in -> {
            throw new AwsException("NoSuchKey", "The specified key does not exist.", 404).withHeader("x-amz-delete-marker", "true");
        });
        HttpResponse missing = g.handle(request("GET", "/bucket/key", Map.of(), new byte[0]));
        assertEquals(404, missing.status());
        assertEquals("true", missing.headers().get("x-amz-delete-marker"));
        assertTrue(text(missing).contains("<Code>NoSuchKey</Code>"), text(missing));

        answers.put("GetObject", in -> {
            throw new AwsException("NotModified", "Not Modified", 304).withHeader("ETag", "\"abc\"");
        });
        HttpResponse notModified = g.handle(request("GET", "/bucket/key", Map.of(), new byte[0]));
        assertEquals(304, notModified.status());
        assertEquals("\"abc\"", notModified.headers().get("ETag"));
        assertEquals(0, notModified.body().length);
    }

    /** An object may be of any Content-Type: a PUT of a form-encoded (or binary, as curl -d labels it) body is S3's, not a query request. */
    @Test
    void aPutWithAFormContentTypeIsAnObjectNotAQueryRequest() {
        Gateway g = gateway("s3", "sqs");
        for (byte[] body : new byte[][] {"Action=ListQueues".getBytes(StandardCharsets.UTF_8), {(byte) 0xff, '%', 'z', '='}}) {
            HttpResponse r = g.handle(request("PUT", "/bucket/key", Map.of("content-type", "application/x-www-form-urlencoded"), body));
            assertEquals(200, r.status(), text(r));
            assertTrue(received.containsKey("PutObject"));
            received.clear();
        }
    }

    @Test
    void ec2DialectFlattensListsAndAnswersWithRequestId() {
        Gateway g = gateway("ec2svc");
        answers.put("DescribeThings", in -> Json.parse("{\"Things\":[{\"ThingId\":\"t-1\"},{\"ThingId\":\"t-2\"}]}"));
        HttpResponse r = g.handle(request("POST", "/", Map.of("content-type", "application/x-www-form-urlencoded", "authorization", signedFor("ec2svc")),
                "Action=DescribeThings&Version=2016-11-15&Filter.1.Name=state&Filter.1.Value.1=running&Filter.1.Value.2=stopped&ThingId.1=t-1&DryRun=false".getBytes()));
        assertEquals("{\"Filters\":[{\"Name\":\"state\",\"Values\":[\"running\",\"stopped\"]}],\"ThingIds\":[\"t-1\"],\"DryRun\":false}",
                received.get("DescribeThings").toString());
        String xml = text(r);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeThingsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15\"><requestId>"), xml);
        assertTrue(xml.endsWith("</requestId><thingSet><item><thingId>t-1</thingId></item><item><thingId>t-2</thingId></item></thingSet></DescribeThingsResponse>"), xml);

        HttpResponse err = g.handle(request("POST", "/", Map.of("content-type", "application/x-www-form-urlencoded"),
                "Action=DescribeThings&DryRun=perhaps".getBytes()));
        assertEquals(400, err.status());
        assertTrue(text(err).matches("(?s).*<Response><Errors><Error><Code>InvalidParameterValue</Code><Message>.*</Message></Error></Errors><RequestID>.*"), text(err));

        HttpResponse malformed = g.handle(request("POST", "/", Map.of("content-type", "application/x-www-form-urlencoded", "authorization", signedFor("ec2svc")),
                "Action=DescribeThings&ThingId.1=%zz".getBytes()));
        assertEquals(400, malformed.status());
        assertTrue(text(malformed).matches("(?s).*<Response><Errors><Error><Code>MalformedQueryString</Code>.*<RequestID>.*"), text(malformed));
    }

    @Test
    void cborRoundTripsTimestampsBlobsAndNumbers() throws Exception {
        Gateway g = gateway("cborsvc");
        answers.put("PutData", in -> in);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (CBORGenerator gen = new CBORFactory().createGenerator(body)) {
            gen.writeStartObject();
            gen.writeStringField("Name", "cpu");
            gen.writeFieldName("At");
            gen.writeTag(1);
            gen.writeNumber(1700000000.25);
            gen.writeFieldName("Data");
            gen.writeBinary(new byte[] {1, 2, 3});
            gen.writeFieldName("Values");
            gen.writeStartArray();
            gen.writeNumber(1.5);
            gen.writeNumber(2);
            gen.writeEndArray();
            gen.writeEndObject();
        }
        HttpResponse r = g.handle(request("POST", "/service/CborService20100801/operation/PutData",
                Map.of("smithy-protocol", "rpc-v2-cbor", "content-type", "application/cbor"), body.toByteArray()));
        assertEquals(200, r.status(), new String(r.body()));
        assertEquals("rpc-v2-cbor", r.headers().get("smithy-protocol"));
        try (CBORParser p = new CBORFactory().createParser(r.body())) {
            ObjectNode out = new CBORMapper().readTree(p);
            assertEquals("cpu", out.get("Name").asText());
            assertEquals(1700000000.25, out.get("At").doubleValue());
            assertArrayEquals(new byte[] {1, 2, 3}, out.get("Data").binaryValue());
            assertEquals(2.0, out.get("Values").get(1).doubleValue());
        }
        try (CBORParser p = new CBORFactory().createParser(r.body())) {
            boolean tagged = false;
            while (p.nextToken() != null) {
                tagged |= p.getCurrentTag() == 1;
            }
            assertTrue(tagged, "timestamps are written with CBOR tag 1");
        }

        HttpResponse missing = g.handle(request("POST", "/service/CborService20100801/operation/PutData",
                Map.of("smithy-protocol", "rpc-v2-cbor"), new CBORMapper().writeValueAsBytes(Map.of("At", 1))));
        assertEquals(400, missing.status());
        assertEquals("MissingParameter;Sender", missing.headers().get("x-amzn-query-error"));
        HttpResponse unknown = g.handle(request("POST", "/service/CborService20100801/operation/Nope", Map.of("smithy-protocol", "rpc-v2-cbor"), new byte[0]));
        assertEquals(400, unknown.status());
        assertEquals("UnknownOperationException", new CBORMapper().readTree(unknown.body()).get("__type").asText());
    }
}
