package dev.stratus.ec2;

import dev.stratus.ec2.api.Ec2Dispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.Instances;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import java.time.Duration;

/**
 * Amazon EC2, simulated: instances, their volumes and snapshots, the network they sit in and the
 * images they start from, with AWS's states, timings and events, and no virtual machine behind them.
 */
public final class Ec2Module implements ServiceModule {
    /** EC2 answers a refusal as {@code UnauthorizedOperation}, 403. */
    private static final Refusal UNAUTHORIZED_OPERATION = new Refusal("UnauthorizedOperation", 403, a -> a);

    /** How long an instance stays pending, stopping or shutting-down when not told otherwise: seconds, as in AWS. */
    public static final Duration DEFAULT_TRANSITION_DELAY = Duration.ofSeconds(5);

    private final Ec2Service ec2;

    /** EC2 whose instances take {@code transitionDelay} to start, stop or terminate. */
    public Ec2Module(Platform platform, Duration transitionDelay) {
        this(platform, InstanceLifecycle.Delays.of(transitionDelay), null, null);
    }

    Ec2Module(Platform platform, InstanceLifecycle.Delays delays, Network network, Volumes volumes) {
        ResourceTags tags = new ResourceTags();
        InstanceStore instanceStore = new InstanceStore(platform.store());
        LaunchTemplates templates = new LaunchTemplates(platform.store(), platform.clock());
        InstanceLifecycle lifecycle = new InstanceLifecycle(instanceStore, network, volumes, tags, platform.ports().get(ServiceEvents.class),
                platform.clock(), platform.timers(), delays);
        Launcher launcher = new Launcher(instanceStore, lifecycle, network, volumes, tags, templates, platform.clock());
        Ec2Instances instances = new Ec2Instances(instanceStore, lifecycle, launcher, new InstanceViews(tags, volumes), network, platform.clock());
        tags.register(ResourceType.INSTANCE, (tx, account, region, id) -> instanceStore.get(tx, account, region, id) != null);
        tags.register(ResourceType.LAUNCH_TEMPLATE, (tx, account, region, id) -> templates.byId(tx, account, region, id) != null);
        platform.ports().offer(Instances.class, new InstancesPort(launcher, instances, instanceStore, lifecycle, templates, network));
        this.ec2 = new Ec2Service(platform.store(), tags, instances, templates);
    }

    /** The operations, for tests that call them without the protocol. */
    Ec2Service service() {
        return ec2;
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
