package dev.stratus.platform.port;

import java.util.List;

/** CloudWatch Logs as other services write to it: Lambda's function logs. */
public interface LogSink {

    /**
     * Writes lines in one transaction, creating their groups and streams when missing, as AWS's
     * services do for their own log groups (PutLogEvents' batch rules do not apply).
     */
    void append(List<Line> lines);

    /** One log event for {@code group}/{@code stream} of {@code account} in {@code region}. */
    record Line(String account, String region, String group, String stream, long timestamp, String message) {
    }
}
