package dev.stratus.autoscaling;

/**
 * An instance waiting on one lifecycle hook (Pending:Wait or Terminating:Wait): its token, until
 * when it waits for a heartbeat or completion ({@link #deadlineMillis}), and how long at most
 * ({@link #globalDeadlineMillis}, a hundred heartbeat timeouts or 48 hours, whichever is smaller).
 */
final class LifecycleAction {
    public String token;
    public String account;
    public String region;
    public String group;
    public String hookName;
    public String transition;
    public String instanceId;
    public String defaultResult;
    public int heartbeatTimeout;
    public long deadlineMillis;
    public long globalDeadlineMillis;
    /** CONTINUE or ABANDON once completed; null while it waits. */
    public String result;
}
