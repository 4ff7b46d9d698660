package dev.stratus.delivery;

import dev.stratus.protocol.AwsException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Posts deliveries to HTTP/S endpoints the way SNS judges them: an answer of 500–599, or outside
 * 200–599, a connection error or no answer within 15 seconds fails the attempt; any other answer,
 * a 404 included, delivers it. Redirects are not followed.
 */
final class HttpEndpoints {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** HTTP/1.1, as SNS posts: an endpoint need not speak HTTP/2 or answer an upgrade. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpEndpoints() {
    }

    static void post(String url, String payload, Map<String, String> headers) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            headers.forEach(request::header);
        } catch (IllegalArgumentException e) {
            throw new AwsException("InvalidParameterValue", "Cannot post to " + url + ": " + e.getMessage());
        }
        int status;
        try {
            status = CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new AwsException("EndpointUnreachable", "Posting to " + url + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsException("EndpointUnreachable", "Posting to " + url + " was interrupted");
        }
        if (status < 200 || status >= 500) {
            throw new AwsException("EndpointError", url + " answered HTTP " + status);
        }
    }
}
