package dev.stratus.server;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.HttpResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps web pages from driving Stratus. Stratus runs functions and so runs code, and any page the
 * developer visits can send requests to localhost: a "simple" cross-site POST needs no preflight,
 * and DNS rebinding turns an attacker's name into 127.0.0.1. AWS's clients send neither an
 * {@code Origin} nor {@code Sec-Fetch-*} headers; browsers send them with every request a page
 * makes. So:
 * <ul>
 * <li>the {@code Host} must name this server (an IP address, localhost, {@code *.localhost}, this
 * machine's name, or a name given with --allowed-hosts): a rebinding name is refused;
 * <li>a request with an {@code Origin} is served only for Stratus's own origin (the Host it was
 * sent to) or an origin given with --cors-origins, and gets CORS headers then; a preflight is
 * answered the same way;
 * <li>a browser request without one (an image, a no-cors fetch) is refused when the browser says
 * another site made it ({@code Sec-Fetch-Site}); a typed address ({@code none}) is served;
 * <li>a query-protocol {@code Action} sent by GET or HEAD without an {@code Authorization} header
 * is refused, but for SNS's own links (ConfirmSubscription, Unsubscribe, which AWS puts in emails
 * and messages): browsers send no {@code Sec-Fetch-Site} to an address that is not localhost
 * (Stratus bound to 0.0.0.0 and reached by its network address), so an {@code <img>} could
 * otherwise create or delete queues and subscribe an attacker's endpoint to a topic; a page cannot
 * add an Authorization header without a preflight, which it does not pass. AWS's clients sign.
 * </ul>
 */
final class WebGuard {
    /** What a page may read of an answer: the request ids and the headers the SDKs take results from. */
    private static final String EXPOSED = "x-amzn-RequestId, x-amz-request-id, x-amz-id-2, x-amzn-ErrorType, x-amzn-query-error, "
            + "x-amz-function-error, x-amz-log-result, x-amz-executed-version, ETag, Date";

    /** SNS's links (SubscribeURL, UnsubscribeURL): AWS serves them to a plain click, from any page or mail client. */
    private static final java.util.Set<String> LINKS = java.util.Set.of("ConfirmSubscription", "Unsubscribe");

    private final List<String> corsOrigins;
    private final List<String> allowedHosts;
    /** Looked up only for a Host no other rule admits: the lookup may wait on DNS. */
    private volatile String machineName;

    /** Whether signatures are verified (--auth strict), so that a presigned URL is as good as a signed request. */
    private final boolean signaturesVerified;

    WebGuard(List<String> corsOrigins, List<String> allowedHosts, boolean signaturesVerified) {
        this.corsOrigins = corsOrigins;
        this.allowedHosts = allowedHosts;
        this.signaturesVerified = signaturesVerified;
    }

    /** Why this request is refused, as an AWS error in its protocol; empty when it may be served. */
    Optional<AwsException> refusal(HttpRequest request) {
        String host = request.header("host");
        if (host != null && !hostAllowed(hostName(host))) {
            return Optional.of(denied("The Host " + host + " does not name this Stratus; start it with --allowed-hosts "
                    + hostName(host) + " to accept it."));
        }
        String origin = request.header("origin");
        if (origin != null && !originAllowed(origin, host)) {
            return Optional.of(denied("Requests from the web page at " + origin + " are refused; start Stratus with --cors-origins "
                    + origin + " to allow that page."));
        }
        String action = request.queryParam("Action");
        if (action != null && LINKS.contains(action)) {
            return Optional.empty();
        }
        String site = request.header("sec-fetch-site");
        if (origin == null && site != null && !site.equals("none") && !site.equals("same-origin")) {
            return Optional.of(denied("Requests a web page makes without an Origin are refused."));
        }
        boolean presigned = signaturesVerified && request.queryParam("X-Amz-Signature") != null;
        if (action != null && (request.method().equals("GET") || request.method().equals("HEAD")) && request.header("authorization") == null
                && !presigned) {
            return Optional.of(new AwsException("MissingAuthenticationToken", "A query-protocol action by GET must be signed "
                    + "(an Authorization header, as AWS's clients send, or with --auth strict a presigned URL); unsigned, only SNS's ConfirmSubscription and Unsubscribe links are.", 403));
        }
        return Optional.empty();
    }

    /** A CORS preflight: OPTIONS with Origin and Access-Control-Request-Method. */
    static boolean isPreflight(HttpRequest request) {
        return request.method().equals("OPTIONS") && request.header("origin") != null
                && request.header("access-control-request-method") != null;
    }

    /** The answer to a preflight whose origin and host passed {@link #refusal}. */
    static HttpResponse preflight(HttpRequest request) {
        HttpResponse r = HttpResponse.of(200, null, new byte[0])
                .withHeader("Access-Control-Allow-Origin", request.header("origin"))
                .withHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE")
                .withHeader("Access-Control-Max-Age", "600")
                .withHeader("Vary", "Origin");
        String headers = request.header("access-control-request-headers");
        return headers == null ? r : r.withHeader("Access-Control-Allow-Headers", headers);
    }

    /** The CORS headers an answer to an allowed page's request carries, so the page can read it. */
    static HttpResponse withCors(HttpRequest request, HttpResponse response) {
        String origin = request.header("origin");
        if (origin == null) {
            return response;
        }
        return response.withHeader("Access-Control-Allow-Origin", origin).withHeader("Access-Control-Expose-Headers", EXPOSED)
                .withHeader("Vary", "Origin");
    }

    private boolean hostAllowed(String name) {
        return isAddress(name) || name.equals("localhost") || name.endsWith(".localhost") || allowedHosts.contains("*")
                || allowedHosts.contains(name) || name.equals(machineName());
    }

    private boolean originAllowed(String origin, String host) {
        String o = origin.toLowerCase(Locale.ROOT);
        return (host != null && o.equals("http://" + host.toLowerCase(Locale.ROOT))) || corsOrigins.contains("*") || corsOrigins.contains(o);
    }

    /** The name in a Host header, without its port; an IPv6 literal keeps its brackets. */
    static String hostName(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /**
     * An IP literal cannot be a rebinding name: a page that made the browser send it was loaded
     * from that very address, so the Origin check governs it.
     */
    private static boolean isAddress(String name) {
        return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (name.startsWith("[") && name.endsWith("]"));
    }

    private static AwsException denied(String message) {
        return new AwsException("AccessDeniedException", message, 403);
    }

    private String machineName() {
        String name = machineName;
        if (name == null) {
            try {
                name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            } catch (UnknownHostException e) {
                name = "localhost";
            }
            machineName = name;
        }
        return name;
    }
}
