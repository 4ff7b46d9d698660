package dev.stratus.protocol;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as the protocol engine sees it: header names are lower case, the body is
 * decoded from any Content-Encoding as it is read, and query parameters are URL-decoded.
 * {@code sourceIp} is the address of the client's end of the connection (null when unknown).
 */
public record HttpRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> headers,
        RequestBody content,
        String sourceIp) {

    public HttpRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers, byte[] body, String sourceIp) {
        this(method, path, query, headers, RequestBody.of(body), sourceIp);
    }

    /** A request whose client address is not known (built by hand, or refused before it was read). */
    public HttpRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers, byte[] body) {
        this(method, path, query, headers, body, null);
    }

    /** The whole body, read now if it was not yet. */
    public byte[] body() {
        return content.bytes();
    }

    /** The same request for another path: S3's virtual-hosted style addresses the bucket in the host. */
    public HttpRequest withPath(String newPath) {
        return new HttpRequest(method, newPath, query, headers, content, sourceIp);
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    public String queryParam(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
