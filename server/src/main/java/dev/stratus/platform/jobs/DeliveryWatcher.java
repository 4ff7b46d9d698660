package dev.stratus.platform.jobs;

/**
 * Told of each attempt at a delivery made for a resource of one service (the service of the
 * delivery's {@code source} ARN: a rule's, a topic's, a function's), for the metrics AWS publishes
 * about them (AWS/Events Invocations, AWS/SNS NumberOfNotificationsDelivered, AWS/Lambda
 * DeadLetterErrors). Called before the attempt's outcome is stored; it must be quick and never fail.
 */
@FunctionalInterface
public interface DeliveryWatcher {

    /** What came of one attempt. */
    enum Attempt {
        /** The destination took it. */
        DELIVERED,
        /** It failed and will be tried again. */
        RETRYING,
        /** It failed for good (and owes its dead-letter queue, if it has one). */
        FAILED
    }

    /**
     * An attempt at {@code delivery}; {@code deadLetter} when it is itself the dead-letter message of
     * a delivery that failed for good.
     */
    void attempted(Delivery delivery, boolean deadLetter, Attempt attempt);
}
