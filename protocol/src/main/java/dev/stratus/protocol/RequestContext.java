package dev.stratus.protocol;

/**
 * Who asked what, where: built by the engine for every request and handed to the service.
 * {@code host} is the Host the client addressed (for URLs the service hands back, such as
 * queue URLs); {@code principal} is who the request's access key stands for.
 */
public record RequestContext(
        String requestId,
        String service,
        String operation,
        String region,
        String accountId,
        String accessKeyId,
        String host,
        Principal principal) {
}
