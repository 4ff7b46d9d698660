package dev.stratus.protocol.model;

/**
 * How an error shape appears on the wire: the code query-speaking clients see (which for
 * query-compatible JSON services also travels in the x-amzn-query-error header), its HTTP
 * status, and whether the sender or the receiver is at fault.
 */
public record ErrorTraits(String queryCode, int httpStatus, boolean senderFault) {
}
