package dev.stratus.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * S3's legacy presigned URLs: the string to sign of AWS's documented example (virtual-hosted; its
 * signature here computed with Python's hmac), and a URL botocore's HmacV1QueryAuth made (path style).
 */
class SigV2QuerySignatureTest {
    static HttpRequest request(String method, String host, String path, Map<String, List<String>> query) {
        return new HttpRequest(method, path, query, Map.of("host", host), new byte[0]);
    }

    @Test
    void theDocumentedExamplesStringToSign() {
        HttpRequest r = request("GET", "johnsmith.s3.amazonaws.com", "/photos/puppy.jpg", Map.of("AWSAccessKeyId", List.of("AKIAIOSFODNN7EXAMPLE"),
                "Expires", List.of("1141889120"), "Signature", List.of("fScKGHCDI0NY5E7CYp9Vc8VKMbY=")));
        SigV2QuerySignature s = SigV2QuerySignature.of(r);
        assertEquals("GET\n\n\n1141889120\n/johnsmith/photos/puppy.jpg", s.stringToSign(r));
        assertTrue(s.matches(r, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        assertFalse(s.matches(r, "another secret"));
    }

    @Test
    void botocoresUrlWithSubResourcesVerifies() {
        Map<String, List<String>> query = Map.of("uploadId", List.of("abc"), "partNumber", List.of("2"), "AWSAccessKeyId", List.of("test"),
                "Signature", List.of("9RNhfaZNcx8E6Shmhr9jTgIvRRk="), "Expires", List.of("1800000000"));
        HttpRequest r = request("PUT", "127.0.0.1:4566", "/my-bucket/dir/a%20b.txt", query);
        assertTrue(SigV2QuerySignature.of(r).matches(r, "test"));
        HttpRequest other = request("PUT", "127.0.0.1:4566", "/my-bucket/dir/other.txt", query);
        assertFalse(SigV2QuerySignature.of(other).matches(other, "test"));
    }

    @Test
    void aRequestWithoutOneHasNone() {
        assertNull(SigV2QuerySignature.of(request("GET", "h", "/b/k", Map.of())));
    }
}
