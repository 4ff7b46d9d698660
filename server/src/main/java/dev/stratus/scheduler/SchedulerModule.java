package dev.stratus.scheduler;

import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.scheduler.api.SchedulerDispatcher;

/** Amazon EventBridge Scheduler: schedules that deliver to their targets on durable timers. */
public final class SchedulerModule implements ServiceModule {
    private final SchedulerService scheduler;

    public SchedulerModule(Platform platform) {
        this.scheduler = new SchedulerService();
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("scheduler");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new SchedulerDispatcher(scheduler);
    }
}
