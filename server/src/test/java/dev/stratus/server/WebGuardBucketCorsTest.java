package dev.stratus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.port.CorsRules;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bucket's CORS rules open that bucket, and nothing else, to a foreign page. */
class WebGuardBucketCorsTest {
    private static final CorsRules.Verdict ALLOWED = new CorsRules.Verdict(true, "https://app.example", List.of("GET"), List.of(), List.of("ETag"), 60);

    /** Requests to /photos/… go to the bucket photos, whose rule allows https://app.example to GET. */
    private final WebGuard guard = new WebGuard(List.of(), List.of(), false, (request, method, headers) ->
            !request.path().startsWith("/photos/") ? Optional.empty()
                    : Optional.of("https://app.example".equals(request.header("origin")) && method.equals("GET") ? ALLOWED : CorsRules.Verdict.REFUSED));

    private static HttpRequest request(String method, String path, Map<String, String> headers) {
        return new HttpRequest(method, path, Map.of(), headers, new byte[0]);
    }

    @Test
    void anAllowedOriginReachesTheBucketWithItsRulesHeaders() {
        HttpRequest get = request("GET", "/photos/a.png", Map.of("host", "localhost:4566", "origin", "https://app.example"));
        assertTrue(guard.refusal(get).isEmpty());
        HttpResponse r = guard.withCors(get, HttpResponse.of(200, null, new byte[0]));
        assertEquals("https://app.example", r.headers().get("Access-Control-Allow-Origin"));
        assertEquals("ETag", r.headers().get("Access-Control-Expose-Headers"));
    }

    @Test
    void anotherMethodOriginOrServiceIsStillRefused() {
        assertTrue(guard.refusal(request("DELETE", "/photos/a.png", Map.of("host", "localhost", "origin", "https://app.example"))).isPresent());
        assertTrue(guard.refusal(request("GET", "/photos/a.png", Map.of("host", "localhost", "origin", "https://evil.example"))).isPresent());
        assertTrue(guard.refusal(request("GET", "/2015-03-31/functions", Map.of("host", "localhost", "origin", "https://app.example"))).isPresent());
    }

    @Test
    void aPreflightToABucketIsAnsweredFromItsRules() {
        HttpRequest allowed = request("OPTIONS", "/photos/a.png", Map.of("host", "localhost", "origin", "https://app.example",
                "access-control-request-method", "GET"));
        assertTrue(guard.refusal(allowed).isEmpty());
        HttpResponse ok = guard.preflight(allowed);
        assertEquals(200, ok.status());
        assertEquals("60", ok.headers().get("Access-Control-Max-Age"));
        HttpRequest refused = request("OPTIONS", "/photos/a.png", Map.of("host", "localhost", "origin", "https://app.example",
                "access-control-request-method", "PUT"));
        assertTrue(guard.refusal(refused).isEmpty());
        HttpResponse no = guard.preflight(refused);
        assertEquals(403, no.status());
        assertTrue(new String(no.body()).contains("CORSResponse: This CORS request is not allowed."));
    }
}
