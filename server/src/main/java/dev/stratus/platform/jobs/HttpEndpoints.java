package dev.stratus.platform.jobs;

import dev.stratus.protocol.AwsException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts deliveries to HTTP/S endpoints the way SNS judges the answers: 5xx, 429, a status outside
 * 200–599, a connection error or no complete answer within 15 seconds fail the attempt, to be
 * retried; any other 4xx is a permanent failure (AWS: "400 to 499 indicate permanent delivery
 * failure"); the rest delivers. Redirects are not followed.
 */
final class HttpEndpoints {
    /** Errors a retry cannot mend; the delivery dead-letters them at once. */
    static final String REFUSED = "EndpointRefused";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** HTTP/1.1, as SNS posts: an endpoint need not speak HTTP/2 or answer an upgrade. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    /**
     * Posts in flight at once. Each holds a connection; without a bound, endpoints that never answer
     * would take every file descriptor, the API's listening socket's included.
     */
    private static final Semaphore IN_FLIGHT = new Semaphore(64);

    private HttpEndpoints() {
    }

    static void post(String url, String payload, Map<String, String> headers) {
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            headers.forEach(b::header);
            request = b.build();
        } catch (IllegalArgumentException e) {
            throw new AwsException(REFUSED, "Cannot post to " + url + ": " + e.getMessage());
        }
        int status;
        try {
            IN_FLIGHT.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsException("EndpointUnreachable", "Posting to " + url + " was interrupted");
        }
        java.util.concurrent.CompletableFuture<HttpResponse<Void>> exchange = null;
        try {
            exchange = CLIENT.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            // The whole exchange, body included, within the timeout: the request's own timeout stops at the headers.
            status = exchange.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).statusCode();
        } catch (TimeoutException e) {
            throw new AwsException("EndpointTimeout", url + " did not answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new AwsException("EndpointUnreachable", "Posting to " + url + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsException("EndpointUnreachable", "Posting to " + url + " was interrupted");
        } finally {
            if (exchange != null) {
                exchange.cancel(true);
            }
            IN_FLIGHT.release();
        }
        if (status == 429 || status >= 500 || status < 200) {
            throw new AwsException("EndpointError", url + " answered HTTP " + status);
        }
        if (status >= 400) {
            throw new AwsException(REFUSED, url + " answered HTTP " + status);
        }
    }
}
