package dev.stratus.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check of SigV4 signatures against vectors AWS published (the 2015 "Signature Version 4 test
 * suite" with AKIDEXAMPLE, and the S3 examples of "Authenticating Requests: Using the Authorization
 * Header" and "…Query Parameters") and vectors made with botocore's signer.
 */
class SigV4SignatureTest {
    static final String SUITE_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String S3_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    static HttpRequest request(String method, String pathAndQuery, Map<String, String> headers, String body) {
        int q = pathAndQuery.indexOf('?');
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (q >= 0) {
            UrlEncoded.forEachPair(pathAndQuery.substring(q + 1), (k, v) -> query.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        return new HttpRequest(method, q >= 0 ? pathAndQuery.substring(0, q) : pathAndQuery, query, lower, body.getBytes(StandardCharsets.UTF_8));
    }

    static String authorization(String credential, String signedHeaders, String signature) {
        return "AWS4-HMAC-SHA256 Credential=" + credential + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    }

    @Test
    void getVanillaOfTheTestSuite() {
        HttpRequest r = request("GET", "/", Map.of("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z", "Authorization",
                authorization("AKIDEXAMPLE/20150830/us-east-1/service/aws4_request", "host;x-amz-date",
                        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")), "");
        SigV4Signature s = SigV4Signature.of(r);
        assertEquals("AKIDEXAMPLE", s.accessKeyId());
        assertEquals("service", s.service());
        assertEquals(Instant.parse("2015-08-30T12:36:00Z"), s.signedAt());
        assertFalse(s.presigned());
        assertTrue(s.matches(r, SUITE_SECRET));
        assertFalse(s.matches(r, "another secret"));
    }

    @Test
    void queryParametersAreSortedByName() {
        HttpRequest r = request("GET", "/?Param2=value2&Param1=value1", Map.of("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z",
                "Authorization", authorization("AKIDEXAMPLE/20150830/us-east-1/service/aws4_request", "host;x-amz-date",
                        "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")), "");
        assertTrue(SigV4Signature.of(r).matches(r, SUITE_SECRET));
    }

    @Test
    void s3GetObjectWithADeclaredPayloadHash() {
        HttpRequest r = request("GET", "/test.txt", Map.of("Host", "examplebucket.s3.amazonaws.com", "Range", "bytes=0-9",
                "x-amz-content-sha256", EMPTY_SHA256, "x-amz-date", "20130524T000000Z", "Authorization",
                authorization("AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request", "host;range;x-amz-content-sha256;x-amz-date",
                        "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")), "");
        assertTrue(SigV4Signature.of(r).matches(r, S3_SECRET));
    }

    @Test
    void s3PresignedUrl() {
        HttpRequest r = request("GET", "/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404", Map.of("Host", "examplebucket.s3.amazonaws.com"), "");
        SigV4Signature s = SigV4Signature.of(r);
        assertTrue(s.presigned());
        assertEquals(86400, s.expiresSeconds());
        assertTrue(s.matches(r, S3_SECRET));
    }

    /** botocore: a Lambda Invoke whose path has encoded colons (encoded once more in the canonical URI) and a query. */
    @Test
    void botocoreLambdaInvokeWithBodyHash() {
        String path = "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Af/invocations?Qualifier=%24LATEST";
        Map<String, String> headers = Map.of("Host", "127.0.0.1:4566", "Content-Type", "application/json", "X-Amz-Date", "20261206T025151Z",
                "Authorization", authorization("AKIDEXAMPLE/20261206/us-east-1/lambda/aws4_request", "content-type;host;x-amz-date",
                        "49d2200ae436deff72fe58075587844933db1e51b0f99be17625d3025e4a5bfe"));
        HttpRequest r = request("POST", path, headers, "{\"a\": 1}");
        assertTrue(SigV4Signature.of(r).matches(r, SUITE_SECRET));
        HttpRequest tampered = request("POST", path, headers, "{\"a\": 2}");
        assertFalse(SigV4Signature.of(tampered).matches(tampered, SUITE_SECRET));
    }

    /** botocore's SigV4QueryAuth: a presigned STS GetCallerIdentity, whose payload is the empty body's hash. */
    @Test
    void botocorePresignedQuery() {
        HttpRequest r = request("GET", "/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIDEXAMPLE%2F20261206%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20261206T025151Z&X-Amz-Expires=60"
                + "&X-Amz-SignedHeaders=host&X-Amz-Signature=99ac06ce5c167b174362a8cc533e8c5dae895bd12f5a19bd62d743408662e452",
                Map.of("Host", "127.0.0.1:4566"), "");
        SigV4Signature s = SigV4Signature.of(r);
        assertEquals("sts", s.service());
        assertEquals(60, s.expiresSeconds());
        assertTrue(s.matches(r, SUITE_SECRET));
    }

    @Test
    void unsignedAndIncompleteRequests() {
        assertNull(SigV4Signature.of(request("GET", "/", Map.of("Host", "h"), "")));
        AuthFailure f = assertThrows(AuthFailure.class, () -> SigV4Signature.of(request("GET", "/", Map.of("Host", "h", "X-Amz-Date", "20150830T123600Z",
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request"), "")));
        assertEquals(AuthFailure.Kind.INCOMPLETE, f.kind());
        assertThrows(AuthFailure.class, () -> SigV4Signature.of(request("GET", "/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a%2Fb&X-Amz-Expires=x",
                Map.of("Host", "h"), "")));
    }

    @Test
    void refusalsPerProtocol() {
        assertEquals("InvalidClientTokenId", AuthFailure.invalidToken().in(AuthFailure.Style.QUERY).code());
        assertEquals(403, AuthFailure.invalidToken().in(AuthFailure.Style.QUERY).status());
        assertEquals("UnrecognizedClientException", AuthFailure.invalidToken().in(AuthFailure.Style.JSON).code());
        assertEquals(400, AuthFailure.invalidToken().in(AuthFailure.Style.JSON).status());
        assertEquals(403, AuthFailure.expiredToken().in(AuthFailure.Style.REST_JSON).status());
        assertEquals("ExpiredTokenException", AuthFailure.expiredToken().in(AuthFailure.Style.REST_JSON).code());
        assertEquals("SignatureDoesNotMatch", AuthFailure.badSignature().in(AuthFailure.Style.QUERY).code());
        assertEquals("InvalidSignatureException", AuthFailure.badSignature().in(AuthFailure.Style.JSON).code());
    }
}
