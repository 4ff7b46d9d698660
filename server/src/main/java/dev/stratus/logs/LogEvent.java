package dev.stratus.logs;

/** One stored event; seq orders events that share a timestamp and makes the paging tokens. */
record LogEvent(long seq, long streamId, String streamName, long timestamp, long ingestionTime, String message) {
}
