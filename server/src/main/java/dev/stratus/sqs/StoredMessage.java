package dev.stratus.sqs;

/**
 * A message as stored. Its state follows from the columns (see {@link SqsRepository}):
 * <ul>
 * <li>delayed: never received and visibleAt in the future;</li>
 * <li>visible: visibleAt has passed (and it has not expired);</li>
 * <li>in flight: received at least once and visibleAt in the future;</li>
 * <li>gone: deleted, purged, expired (sent longer ago than the queue's retention period) or
 * moved to the dead-letter queue.</li>
 * </ul>
 * Receiving moves visible → in flight with a new receipt token; the visibility timeout running
 * out moves in flight → visible; DeleteMessage with the current token removes it; a receive
 * that finds receiveCount at the redrive policy's maxReceiveCount moves it to the DLQ instead.
 */
record StoredMessage(
        long seq,
        long queueId,
        String messageId,
        String body,
        String md5OfBody,
        String attributesJson,
        String md5OfAttributes,
        String traceHeader,
        String md5OfSystemAttributes,
        String senderId,
        long sentAt,
        long visibleAt,
        int receiveCount,
        long firstReceivedAt,
        long receivedAt,
        String receipt,
        String groupId,
        String deduplicationId,
        String deadLetterSourceArn) {

    /** FIFO sequence numbers: increasing, and stable across moves because seq is. */
    String sequenceNumber() {
        return sequenceNumber(seq);
    }

    static String sequenceNumber(long seq) {
        return String.format("%020d", seq * 7919L);
    }
}
