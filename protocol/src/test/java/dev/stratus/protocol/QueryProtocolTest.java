package dev.stratus.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryProtocolTest {
    static final ServiceModel MODEL = ServiceModel.load("testsvc");
    static final QueryProtocol QUERY = new QueryProtocol(QueryProtocol.Dialect.QUERY);
    static final RequestContext CTX = new RequestContext("req-1", "testsvc", "Put", "us-east-1", "000000000000", null, "localhost", new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    static JsonNode read(String form) {
        HttpRequest r = new HttpRequest("POST", "/", Map.of(), Map.of("content-type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8));
        return QUERY.readInput(MODEL, MODEL.operation("Put"), r, Map.of());
    }

    @Test
    void readsListsMapsStructuresAndScalarsByShape() {
        JsonNode in = read("Action=Put&Name=ab&Count=3&On=true&Data=AQID&Items.item.1=x&Items.item.2=y&Flat.1=f"
                + "&Labels.entry.1.k=a&Labels.entry.1.v=b&Inner.Note=hi&When=2024-01-02T03:04:05Z");
        assertEquals("ab", in.get("Name").asText());
        assertEquals(3, in.get("Count").intValue());
        assertTrue(in.get("On").booleanValue());
        assertTrue(in.get("Data").isBinary());
        assertEquals("[\"x\",\"y\"]", in.get("Items").toString());
        assertEquals("[\"f\"]", in.get("Flat").toString());
        assertEquals("b", in.get("Labels").get("a").asText());
        assertEquals("hi", in.get("Inner").get("Note").asText());
        assertEquals(1704164645L, in.get("When").longValue());
    }

    /** Issue 11: a repeated key was last-wins, so {@code Action=A&Action=B} ran B. */
    @Test
    void aParameterGivenTwiceIsMalformed() {
        AwsException twice = assertThrows(AwsException.class, () -> read("Action=Put&Name=a&Name=b"));
        assertEquals("MalformedQueryString", twice.code());
        assertEquals(400, twice.status());
        assertTrue(twice.getMessage().contains("Name"), twice.getMessage());
        HttpRequest acrossQueryAndForm = new HttpRequest("POST", "/", Map.of("Action", java.util.List.of("Put")),
                Map.of("content-type", "application/x-www-form-urlencoded"), "Action=Put&Name=a".getBytes(StandardCharsets.UTF_8));
        assertEquals("MalformedQueryString", assertThrows(AwsException.class,
                () -> QUERY.readInput(MODEL, MODEL.operation("Put"), acrossQueryAndForm, Map.of())).code());
    }

    @Test
    void emptyListParameterMeansEmptyList() {
        assertEquals(0, read("Name=a&Items=").get("Items").size());
    }

    @Test
    void anEmptyListUnderTheMembersOwnNameIsAnEmptyListToo() {
        // The AWS CLI v2.9 sends SQS's empty Entries so, not under the wire name SendMessageBatchRequestEntry.
        ServiceModel sqs = ServiceModel.load("sqs");
        HttpRequest r = new HttpRequest("POST", "/", Map.of(), Map.of("content-type", "application/x-www-form-urlencoded"),
                "Action=SendMessageBatch&QueueUrl=http%3A%2F%2Fh%2F1%2Fq&Entries=".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, QUERY.readInput(sqs, sqs.operation("SendMessageBatch"), r, Map.of()).get("Entries").size());
    }

    @Test
    void badInputGetsQueryErrors() {
        assertEquals("MissingParameter", assertThrows(AwsException.class, () -> read("Count=1")).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> read("Name=a&Count=x")).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> read("Name=a&Count=11")).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> read("Name=toolong")).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> read("Name=a&On=maybe")).code());
        assertEquals("MalformedQueryString", assertThrows(AwsException.class, () -> read("Name=%zz")).code());
    }

    /** IAM declares ValidationError in its overlay: missing and out-of-range values in Coral's words, wrong types as the query protocol's. */
    @Test
    void aQueryServiceThatDeclaresItsValidationCodeAnswersInCoralsWords() {
        ServiceModel iam = ServiceModel.load("iam");
        java.util.function.Function<String, AwsException> createRole = form -> assertThrows(AwsException.class, () -> QUERY.readInput(iam,
                iam.operation("CreateRole"), new HttpRequest("POST", "/", Map.of(), Map.of("content-type", "application/x-www-form-urlencoded"),
                        ("Action=CreateRole&" + form).getBytes(StandardCharsets.UTF_8)), Map.of()));
        AwsException missing = createRole.apply("AssumeRolePolicyDocument=%7B%7D");
        assertEquals("ValidationError", missing.code());
        assertEquals("1 validation error detected: Value null at 'roleName' failed to satisfy constraint: Member must not be null", missing.getMessage());
        AwsException tooLong = createRole.apply("RoleName=" + "r".repeat(65) + "&AssumeRolePolicyDocument=%7B%7D");
        assertEquals("ValidationError", tooLong.code());
        assertTrue(tooLong.getMessage().endsWith("at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64"),
                tooLong.getMessage());
        assertEquals("InvalidParameterValue", createRole.apply("RoleName=r&AssumeRolePolicyDocument=%7B%7D&MaxSessionDuration=long").code());
    }

    /** A value the model marks sensitive (a password) is named but never repeated in the refusal, which CloudTrail records. */
    @Test
    void aSensitiveValueIsLeftOutOfItsRefusal() {
        ServiceModel iam = ServiceModel.load("iam");
        AwsException tooLong = assertThrows(AwsException.class, () -> QUERY.readInput(iam, iam.operation("CreateLoginProfile"),
                new HttpRequest("POST", "/", Map.of(), Map.of("content-type", "application/x-www-form-urlencoded"),
                        ("Action=CreateLoginProfile&UserName=u&Password=" + "hunter2".repeat(30)).getBytes(StandardCharsets.UTF_8)), Map.of()));
        assertEquals("ValidationError", tooLong.code());
        assertEquals("1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 128",
                tooLong.getMessage());
    }

    @Test
    void writesXmlWithWrapperNamesAndEscaping() {
        JsonNode out = Json.parse("{\"Name\":\"<&>\",\"Items\":[\"a\"],\"Labels\":{\"k1\":\"v1\"},\"When\":1704164645.5}");
        String xml = new String(QUERY.writeOutput(MODEL, MODEL.operation("Put"), out, CTX).body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<PutResponse xmlns=\"urn:test\"><PutResult><Name>&lt;&amp;&gt;</Name>"), xml);
        assertTrue(xml.contains("<Items><item>a</item></Items>"), xml);
        assertTrue(xml.contains("<Labels><entry><k>k1</k><v>v1</v></entry></Labels>"), xml);
        assertTrue(xml.contains("<When>2024-01-02T03:04:05.500Z</When>"), xml);
        assertTrue(xml.endsWith("<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></PutResponse>"), xml);
    }

    @Test
    void writesErrorsInQueryShape() {
        AwsError e = AwsError.of(MODEL, AwsException.invalidParameterValue("bad <thing>"));
        HttpResponse r = QUERY.writeError(MODEL, e, CTX);
        String xml = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(400, r.status());
        assertTrue(xml.contains("<Error><Type>Sender</Type><Code>InvalidParameterValue</Code><Message>bad &lt;thing&gt;</Message>"), xml);
    }
}
