package dev.stratus.logs;

import dev.stratus.platform.Arn;

/** A log group as stored; retentionDays is null when its events never expire. Its tags are the platform's. */
record StoredLogGroup(long id, String account, String region, String name, long createdAt, Integer retentionDays,
                String kmsKeyId, String logGroupClass) {

    String arn() {
        return Arn.of("logs", region, account, "log-group:" + name).toString();
    }

    /** Events stamped before this instant have outlived the retention period (none when it is unset). */
    long retainedSince(long now) {
        return retentionDays == null ? Long.MIN_VALUE : now - retentionDays * 86_400_000L;
    }

    StoredLogGroup withRetention(Integer days) {
        return new StoredLogGroup(id, account, region, name, createdAt, days, kmsKeyId, logGroupClass);
    }
}
