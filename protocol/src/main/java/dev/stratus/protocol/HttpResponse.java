package dev.stratus.protocol;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response ready for the wire: its body as bytes, or, when {@code stream} is set, streamed from it. */
public record HttpResponse(int status, Map<String, String> headers, byte[] body, StreamingBlob stream) {

    public HttpResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, null);
    }

    public static HttpResponse of(int status, String contentType, byte[] body) {
        Map<String, String> h = new LinkedHashMap<>();
        if (contentType != null) {
            h.put("Content-Type", contentType);
        }
        return new HttpResponse(status, h, body);
    }

    public static HttpResponse text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
