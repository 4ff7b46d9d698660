package dev.stratus.scheduler;

import dev.stratus.scheduler.api.SchedulerApi;

/** Amazon EventBridge Scheduler's operations: schedule groups and schedules. */
final class SchedulerService implements SchedulerApi {
}
