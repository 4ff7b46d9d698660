package dev.stratus.sqs;

import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.Metrics;
import dev.stratus.platform.port.Queues;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.sqs.api.SqsDispatcher;

/** Amazon SQS: offers other services the {@link Queues} port. */
public final class SqsModule implements ServiceModule {
    private final SqsService sqs;

    public SqsModule(Platform platform) {
        this.sqs = new SqsService(platform.store(), platform.clock(), platform.timers(), platform.jobs(),
                platform.ports().get(Metrics.class));
        platform.ports().offer(Queues.class, new AuthorizedQueues(sqs, platform.access()));
        platform.access().resourcePolicies("sqs", sqs::policy);
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("sqs");
    }

    @Override
    public ServiceDispatcher dispatcher() {
        return new SqsDispatcher(sqs);
    }

    @Override
    public Actions actions() {
        return SqsActions.table();
    }

    /** SQS refuses with the query code AccessDenied, and writes the action in lower case ("sqs:sendmessage"). */
    @Override
    public Refusal refusal() {
        return new Refusal("AccessDenied", 403, Refusal.LOWER_CASE);
    }

    @Override
    public void stop() {
        sqs.stop();
    }

    @Override
    public void clockMoved() {
        sqs.clockMoved();
    }

}
