package dev.stratus.scheduler;

import dev.stratus.platform.Arn;

/** EventBridge Scheduler's ARNs: {@code schedule-group/GROUP} and {@code schedule/GROUP/NAME}. */
final class SchedulerArns {
    static final String DEFAULT_GROUP = "default";

    private SchedulerArns() {
    }

    static String group(String region, String account, String name) {
        return Arn.of("scheduler", region, account, "schedule-group/" + name).toString();
    }

    static String schedule(String region, String account, String group, String name) {
        return Arn.of("scheduler", region, account, "schedule/" + (group == null ? DEFAULT_GROUP : group) + "/" + name).toString();
    }
}
