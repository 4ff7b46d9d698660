package dev.stratus.autoscaling;

import dev.stratus.autoscaling.api.AutoScalingDispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.Alarms;
import dev.stratus.platform.port.Instances;
import dev.stratus.platform.port.Metrics;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;

/**
 * Amazon EC2 Auto Scaling: groups of EC2's instances, launched and terminated through the
 * {@link Instances} port, telling of them through SNS (the job engine) and EventBridge's
 * {@link ServiceEvents}, scaling when CloudWatch's {@link Alarms} fire. Built after EC2, EventBridge and CloudWatch.
 */
public final class AutoScalingModule implements ServiceModule {
    private final AutoScalingService service;

    public AutoScalingModule(Platform platform) {
        this.service = new AutoScalingService(platform.store(), platform.clock(), platform.timers(), platform.jobs(),
                platform.ports().get(Instances.class), platform.ports().get(ServiceEvents.class),
                platform.ports().get(Alarms.class), platform.ports().get(Metrics.class));
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("autoscaling");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new AutoScalingDispatcher(service);
    }

    @Override
    public Actions actions() {
        return new AutoScalingActions(service::groupOfInstance);
    }

    /** Auto Scaling, a query service, refuses as IAM and STS do: AccessDenied, 403. */
    @Override
    public Refusal refusal() {
        return Refusal.ACCESS_DENIED;
    }
}
