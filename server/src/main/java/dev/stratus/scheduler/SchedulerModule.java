package dev.stratus.scheduler;

import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.scheduler.api.SchedulerDispatcher;

/** Amazon EventBridge Scheduler: schedules that deliver to their targets on durable timers. */
public final class SchedulerModule implements ServiceModule {
    private final SchedulerService scheduler;

    public SchedulerModule(Platform platform) {
        this.scheduler = new SchedulerService(platform.store(), platform.clock(), platform.timers(), platform.jobs(),
                (role, service) -> platform.access().trusts(role, service));
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("scheduler");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new SchedulerDispatcher(scheduler);
    }

    @Override
    public Actions actions() {
        return new SchedulerActions();
    }
}
