package dev.stratus.server;

import dev.stratus.platform.port.CorsRules;
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
 * <li>one exception to the Origin rule: a request to an S3 bucket (as the gateway routes it) whose
 * CORS configuration allows the page's origin and method is served, with the headers that rule
 * gives, and a preflight to a bucket is answered from the bucket's rules as S3 answers it. A page
 * reaches that bucket, as its owner allowed, and nothing else.
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

    /** The CORS rules of the bucket a request goes to, by the method it is (or announces it will be) sent with. */
    @FunctionalInterface
    interface BucketRules {
        /** Empty when the request goes to no bucket (or another service). */
        Optional<CorsRules.Verdict> of(HttpRequest request, String method, List<String> headers);

        BucketRules NONE = (request, method, headers) -> Optional.empty();
    }

    private final BucketRules buckets;

    WebGuard(List<String> corsOrigins, List<String> allowedHosts, boolean signaturesVerified, BucketRules buckets) {
        this.corsOrigins = corsOrigins;
        this.allowedHosts = allowedHosts;
        this.signaturesVerified = signaturesVerified;
        this.buckets = buckets;
    }

    /** Why this request is refused, as an AWS error in its protocol; empty when it may be served. */
    Optional<AwsException> refusal(HttpRequest request) {
        String host = request.header("host");
        if (host != null && !hostAllowed(hostName(host))) {
            return Optional.of(denied("The Host " + host + " does not name this Stratus; start it with --allowed-hosts "
                    + hostName(host) + " to accept it."));
        }
        String origin = request.header("origin");
        if (origin != null && !originAllowed(origin, host) && !bucketAllows(request)) {
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

    /** Whether a foreign page's request goes to a bucket whose rules allow it; a preflight to any bucket is S3's to answer. */
    private boolean bucketAllows(HttpRequest request) {
        if (isPreflight(request)) {
            return bucketVerdict(request).isPresent();
        }
        return bucketVerdict(request).map(CorsRules.Verdict::allowed).orElse(false);
    }

    /** What the rules of the bucket the request goes to say of it; empty when it goes to no bucket. */
    private Optional<CorsRules.Verdict> bucketVerdict(HttpRequest request) {
        boolean preflight = isPreflight(request);
        String method = preflight ? request.header("access-control-request-method") : request.method();
        List<String> headers = preflight ? requestedHeaders(request) : List.of();
        return buckets.of(request, method, headers);
    }

    private static List<String> requestedHeaders(HttpRequest request) {
        String h = request.header("access-control-request-headers");
        if (h == null || h.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(h.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The answer to a preflight whose origin and host passed {@link #refusal}: from the bucket's
     * rules for a page Stratus does not otherwise admit, else Stratus's own.
     */
    HttpResponse preflight(HttpRequest request) {
        if (!originAllowed(request.header("origin"), request.header("host"))) {
            return bucketVerdict(request).map(v -> bucketPreflight(request, v)).orElseThrow();
        }
        HttpResponse r = HttpResponse.of(200, null, new byte[0])
                .withHeader("Access-Control-Allow-Origin", request.header("origin"))
                .withHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE")
                .withHeader("Access-Control-Max-Age", "600")
                .withHeader("Vary", "Origin");
        String headers = request.header("access-control-request-headers");
        return headers == null ? r : r.withHeader("Access-Control-Allow-Headers", headers);
    }

    /** S3's answer to a preflight: the matching rule's headers, or 403 when no rule matches. */
    private static HttpResponse bucketPreflight(HttpRequest request, CorsRules.Verdict v) {
        if (!v.allowed()) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessForbidden</Code><Message>CORSResponse: This CORS request is "
                    + "not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or "
                    + "Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.</Message><Method>"
                    + escape(request.header("access-control-request-method")) + "</Method><ResourceType>BUCKET</ResourceType></Error>";
            return HttpResponse.of(403, "application/xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        HttpResponse r = ruleHeaders(HttpResponse.of(200, null, new byte[0]), v)
                .withHeader("Access-Control-Allow-Methods", String.join(", ", v.methods()))
                .withHeader("Vary", "Origin, Access-Control-Request-Headers, Access-Control-Request-Method");
        if (!v.headers().isEmpty()) {
            r = r.withHeader("Access-Control-Allow-Headers", String.join(", ", v.headers()));
        }
        return v.maxAgeSeconds() == null ? r : r.withHeader("Access-Control-Max-Age", v.maxAgeSeconds().toString());
    }

    /** The headers every answer under a matching bucket rule carries: the origin (and credentials, unless any origin is), what it may read. */
    private static HttpResponse ruleHeaders(HttpResponse r, CorsRules.Verdict v) {
        r = r.withHeader("Access-Control-Allow-Origin", v.allowOrigin());
        if (!v.allowOrigin().equals("*")) {
            r = r.withHeader("Access-Control-Allow-Credentials", "true");
        }
        return v.expose().isEmpty() ? r : r.withHeader("Access-Control-Expose-Headers", String.join(", ", v.expose()));
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The CORS headers an answer to an allowed page's request carries, so the page can read it:
     * Stratus's own for a page it admits, the bucket rule's for a page only that rule admits.
     */
    HttpResponse withCors(HttpRequest request, HttpResponse response) {
        String origin = request.header("origin");
        if (origin == null) {
            return response;
        }
        if (!originAllowed(origin, request.header("host"))) {
            return bucketVerdict(request).filter(CorsRules.Verdict::allowed)
                    .map(v -> ruleHeaders(response, v).withHeader("Access-Control-Allow-Methods", String.join(", ", v.methods()))
                            .withHeader("Vary", "Origin, Access-Control-Request-Headers, Access-Control-Request-Method"))
                    .orElse(response);
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
        return isDottedQuad(name) || (name.startsWith("[") && name.endsWith("]"));
    }

    /** Four dot-separated runs of 1 to 3 ASCII digits, read by hand: every request's Host is checked, and a regex cost more than the rest of the guard. */
    static boolean isDottedQuad(String name) {
        int parts = 0;
        int digits = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
            } else if (c == '.' && digits > 0 && parts < 3) {
                parts++;
                digits = 0;
            } else {
                return false;
            }
        }
        return parts == 3 && digits > 0;
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
