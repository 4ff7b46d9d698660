package dev.stratus.ec2;

import dev.stratus.ec2.api.Ec2Dispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import java.util.List;

/**
 * Amazon EC2, simulated: instances, their volumes and snapshots, the network they sit in and the
 * images they start from, with AWS's states, timings and events, and no virtual machine behind them.
 */
public final class Ec2Module implements ServiceModule {
    /** EC2 answers a refusal as {@code UnauthorizedOperation}, 403, its own sentence before IAM's. */
    private static final Refusal UNAUTHORIZED_OPERATION = new Refusal("UnauthorizedOperation", 403, a -> a,
            m -> "You are not authorized to perform this operation. " + m);

    private final Ec2Service ec2;


    public Ec2Module(Platform platform) {
        ResourceTags tags = new ResourceTags();
        Ebs ebs = Ebs.build(platform.store(), platform.clock(), platform.timers(), platform.ports().get(ServiceEvents.class), tags,
                EbsDelays.DEFAULT, Regions::zone, InstanceLookup.NONE, ImageSnapshots.NONE);
        this.ec2 = new Ec2Service(platform.store(), tags, platform.clock(), platform.timers(), ebs);
    }

    @Override
    public ServiceModel model() {
        return ServiceModel.load("ec2");
    }

    /**
     * A request with {@code DryRun} reaches the service only once IAM has allowed it, so it is
     * answered there as EC2 answers a dry run that would have succeeded, and nothing is done.
     */
    @Override
    public ServiceDispatcher dispatcher() {
        Ec2Dispatcher operations = new Ec2Dispatcher(ec2);
        return (operation, context, input) -> {
            if (input != null && input.path("DryRun").asBoolean(false)) {
                throw new AwsException("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
            }
            return operations.invoke(operation, context, input);
        };
    }

    @Override
    public Actions actions() {
        return new Ec2Actions();
    }

    @Override
    public Refusal refusal() {
        return UNAUTHORIZED_OPERATION;
    }
}
