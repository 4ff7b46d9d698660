package dev.stratus.protocol;

/**
 * Who asked what, where: built by the engine for every request and handed to the service.
 * {@code host} is the Host the client addressed (for URLs the service hands back, such as
 * queue URLs); {@code principal} is who the request's access key stands for; {@code sourceIp}
 * and {@code userAgent} are the client's address and User-Agent header, as CloudTrail records
 * them (null for calls made inside Stratus).
 */
public record RequestContext(
        String requestId,
        String service,
        String operation,
        String region,
        String accountId,
        String accessKeyId,
        String host,
        Principal principal,
        String sourceIp,
        String userAgent) {

    /** A call made inside Stratus (a service acting for a caller, a test): no client address or agent. */
    public RequestContext(String requestId, String service, String operation, String region, String accountId, String accessKeyId,
                          String host, Principal principal) {
        this(requestId, service, operation, region, accountId, accessKeyId, host, principal, null, null);
    }
}
