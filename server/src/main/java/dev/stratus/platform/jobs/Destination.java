package dev.stratus.platform.jobs;

import java.util.List;

/**
 * A kind of destination deliveries go to, registered by the service that owns it under its ARN's
 * service ({@code sqs}, {@code lambda}, {@code sns}, {@code events}); the engine serves http and https.
 */
@FunctionalInterface
public interface Destination {

    /**
     * Delivers, or throws why not: an AwsException whose code is one a retry cannot mend
     * (QueueDoesNotExist, ResourceNotFoundException, …) dead-letters at once, anything else is retried.
     * Returns what the delivery owes in turn (Lambda's asynchronous invocation), recorded with its outcome.
     */
    List<Jobs.Owed> deliver(Delivery delivery);
}
