package dev.stratus.cloudtrail;

import dev.stratus.cloudtrail.api.CloudTrailDispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.port.ApiCallRecorder;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;

/**
 * AWS CloudTrail: trails and event history. Offers the {@link ApiCallRecorder} port, through which
 * the server hands it every call the gateway answers; puts "AWS API Call via CloudTrail" events
 * through EventBridge's {@link ServiceEvents}. Built after every other module.
 */
public final class CloudTrailModule implements ServiceModule {
    private final CloudTrailService service;
    private final EventHistory history;

    public CloudTrailModule(Platform platform) {
        CloudTrailRepository repo = new CloudTrailRepository();
        this.history = new EventHistory(platform.store(), platform.clock(), platform.timers(), repo);
        this.service = new CloudTrailService(platform.store(), platform.clock(), repo, history);
        platform.ports().offer(ApiCallRecorder.class, new Recorder(platform.store(), platform.clock(), repo,
                new UserIdentities(platform.access().credentials()::find), platform.ports().get(ServiceEvents.class)));
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("cloudtrail");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new CloudTrailDispatcher(service);
    }

    @Override
    public Actions actions() {
        return new CloudTrailActions();
    }

    @Override
    public void start() {
        history.start();
    }
}
