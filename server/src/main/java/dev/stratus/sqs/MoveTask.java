package dev.stratus.sqs;

/**
 * A message move task (StartMessageMoveTask): moves the messages a dead-letter queue held when
 * it started to their source queues or to a destination. Status goes RUNNING → COMPLETED, or
 * RUNNING → CANCELLED, or RUNNING → FAILED when a queue it needs is gone.
 */
record MoveTask(
        String id,
        String sourceArn,
        String destinationArn,
        Integer maxPerSecond,
        String status,
        long toMove,
        long moved,
        String failureReason,
        long startedAt) {
}
