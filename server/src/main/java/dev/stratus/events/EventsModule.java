package dev.stratus.events;

import dev.stratus.events.api.EventsDispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.port.Metrics;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;

/** Amazon EventBridge: buses, rules and schedules, delivering to targets through the job engine; offers AWS services the {@link ServiceEvents} port. */
public final class EventsModule implements ServiceModule {
    private final EventsService events;

    public EventsModule(Platform platform) {
        this.events = new EventsService(platform.store(), platform.clock(), platform.timers(), platform.jobs(),
                platform.ports().get(Metrics.class));
        platform.ports().offer(ServiceEvents.class, events.serviceEvents());
        platform.access().resourcePolicies("events", events::busPolicy);
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("events");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new EventsDispatcher(events);
    }

    @Override
    public Actions actions() {
        return EventsActions.table();
    }
}
