package dev.stratus.logs;

/** A log stream as stored, with the times of its first and last events (0 before any). */
record StoredLogStream(long id, long groupId, String name, long createdAt, long firstEventAt, long lastEventAt, long lastIngestionAt,
                 long storedBytes) {
}
