package dev.stratus.server;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import java.nio.charset.StandardCharsets;

/**
 * Helidon's answers to requests it fails on outside routing, before Stratus sees them. Helidon
 * reports a request line whose method holds a control character (a tab: {@code GET\t/}) as an
 * internal error, a 500, and hands this handler only a message, no cause. Its transport raises
 * internal errors only while it reads a request (errors inside routing reach the other
 * {@code handle}, with their Throwable, and Stratus answers its own), so they are the client's
 * malformed requests: 400, like every other malformed request line. Helidon still logs the cause
 * as a warning. Everything else keeps Helidon's answer.
 */
final class MalformedRequests implements DirectHandler {
    private static final DirectHandler HELIDON = DirectHandler.defaultHandler();
    private static final byte[] BODY = "{\"__type\":\"BadRequest\",\"message\":\"The request line or headers are malformed.\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status, ServerResponseHeaders headers, String message) {
        if (eventType != EventType.INTERNAL_ERROR) {
            return HELIDON.handle(request, eventType, status, headers, message);
        }
        return TransportResponse.builder()
                .status(Status.BAD_REQUEST_400)
                .header(HeaderValues.CONTENT_TYPE_JSON)
                .keepAlive(false)
                .entity(BODY)
                .build();
    }
}
