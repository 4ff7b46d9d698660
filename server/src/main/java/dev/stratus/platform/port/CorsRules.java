package dev.stratus.platform.port;

import java.util.List;
import java.util.Optional;

/**
 * The CORS rules a resource's owner configured (an S3 bucket's CORS configuration), which the
 * server's guard against web pages consults: a page whose origin the rules allow may reach that
 * resource, and nothing else. Asked for each request with a foreign {@code Origin}.
 */
public interface CorsRules {

    /**
     * What the rules of {@code bucket} say to a request from {@code origin} by {@code method}
     * asking to send {@code headers}: empty when there is no such bucket; a verdict otherwise,
     * allowed or not.
     */
    Optional<Verdict> bucket(String bucket, String origin, String method, List<String> headers);

    /**
     * A rule's answer. {@code allowed}: a rule matched, and then the headers to answer with:
     * {@code allowOrigin} ({@code *} when the rule allows every origin), {@code methods} and
     * {@code headers} of a preflight, {@code expose} and {@code maxAgeSeconds} (null: none).
     */
    record Verdict(boolean allowed, String allowOrigin, List<String> methods, List<String> headers, List<String> expose, Integer maxAgeSeconds) {
        public static final Verdict REFUSED = new Verdict(false, null, List.of(), List.of(), List.of(), null);
    }
}
