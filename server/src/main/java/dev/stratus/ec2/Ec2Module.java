package dev.stratus.ec2;

import dev.stratus.ec2.api.Ec2Dispatcher;
import dev.stratus.platform.Platform;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.Actions;
import dev.stratus.platform.identity.Refusal;
import dev.stratus.platform.port.Instances;
import dev.stratus.platform.port.Metrics;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.ServiceDispatcher;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.ec2.api.EbsBlockDevice;
import dev.stratus.platform.Tags;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Amazon EC2, simulated: instances, their volumes and snapshots, the network they sit in and the
 * images they start from, with AWS's states, timings and events, and no virtual machine behind them.
 */
public final class Ec2Module implements ServiceModule {
    /** EC2 answers a refusal as {@code UnauthorizedOperation}, 403, its own sentence before IAM's. */
    private static final Refusal UNAUTHORIZED_OPERATION = new Refusal("UnauthorizedOperation", 403, a -> a,
            m -> "You are not authorized to perform this operation. " + m);

    /** How long an instance stays pending, stopping or shutting-down when not told otherwise: seconds, as in AWS. */
    public static final Duration DEFAULT_TRANSITION_DELAY = Duration.ofSeconds(5);

    private final Ec2Service ec2;

    /** EC2 whose instances take {@code transitionDelay} to start, stop or terminate. */
    public Ec2Module(Platform platform, Duration transitionDelay) {
        ResourceTags tags = tagsMigrated(platform);
        Ec2Network network = new Ec2Network(platform.store(), tags, platform.clock(), platform.timers());
        InstanceStore instanceStore = new InstanceStore(platform.store());
        Ebs ebs = Ebs.build(platform.store(), platform.clock(), platform.timers(), platform.ports().get(ServiceEvents.class), tags,
                EbsDelays.DEFAULT, Regions::zone, placements(instanceStore), imageSnapshots(network));
        network.images.snapshotsFrom(ebs.snapshots()::sizeOf);
        this.ec2 = assemble(platform, tags, instanceStore, InstanceLifecycle.Delays.of(transitionDelay), network, ebs.volumes(), network, ebs);
    }

    /** Instances over a network and volumes given (stand-ins in unit tests); the network's and EBS's own operations are not served. */
    Ec2Module(Platform platform, InstanceLifecycle.Delays delays, Network network, Volumes volumes) {
        ResourceTags tags = tagsMigrated(platform);
        this.ec2 = assemble(platform, tags, new InstanceStore(platform.store()), delays, network, volumes, null, null);
    }

    /** The platform's tag table comes first: every part of EC2 tags what it makes there. */
    private static ResourceTags tagsMigrated(Platform platform) {
        Tags.migrate(platform.store());
        return new ResourceTags();
    }

    /** The instances on their network and volumes, offered to Auto Scaling as the {@link Instances} port, and the operations over all. */
    private static Ec2Service assemble(Platform platform, ResourceTags tags, InstanceStore instanceStore, InstanceLifecycle.Delays delays,
                                       Network network, Volumes volumes, Ec2Network networkOperations, Ebs ebs) {
        LaunchTemplates templates = new LaunchTemplates(platform.store(), platform.clock());
        InstanceLifecycle lifecycle = new InstanceLifecycle(instanceStore, network, volumes, tags, platform.ports().get(ServiceEvents.class),
                platform.clock(), platform.timers(), delays);
        Launcher launcher = new Launcher(instanceStore, lifecycle, network, volumes, tags, templates, platform.clock());
        Ec2Instances instances = new Ec2Instances(instanceStore, lifecycle, launcher, new InstanceViews(tags, volumes), network, volumes,
                platform.clock());
        tags.register(ResourceType.INSTANCE, (tx, account, region, id) -> instanceStore.get(tx, account, region, id) != null);
        platform.ports().get(Metrics.class).sampleEveryMinute(new Ec2Metrics(instanceStore, tags)::sample);
        tags.register(ResourceType.LAUNCH_TEMPLATE, (tx, account, region, id) -> templates.byId(tx, account, region, id) != null);
        platform.ports().offer(Instances.class, new InstancesPort(launcher, instances, instanceStore, lifecycle, templates, network));
        new AlarmActions(platform.store(), instances).register(platform.jobs());
        return new Ec2Service(platform.store(), tags, networkOperations, ebs, instances, templates);
    }

    /** Where EBS finds an instance it attaches a volume to. */
    private static InstanceLookup placements(InstanceStore instances) {
        return (tx, account, region, id) -> Optional.ofNullable(instances.get(tx, account, region, id)).map(i ->
                new InstanceLookup.Placement(id, i.doc().instance().path("Placement").path("AvailabilityZone").asText(), i.state().awsName,
                        i.doc().text("RootDeviceName")));
    }

    /** The snapshots images stand on: the built-in images' public ones, and the account's images that keep a snapshot in use. */
    private static ImageSnapshots imageSnapshots(Ec2Network network) {
        return new ImageSnapshots() {
            @Override
            public Optional<String> imageUsing(Tx tx, String account, String region, String snapshotId) throws SQLException {
                return network.images.usingSnapshot(tx, account, region, snapshotId);
            }

            @Override
            public List<PublicSnapshot> builtIn(String region) {
                return BuiltInImages.in(region).stream().map(i -> {
                    EbsBlockDevice root = i.blockDeviceMappings().getFirst().ebs();
                    return new PublicSnapshot(root.snapshotId(), root.volumeSize(), i.description(), i.ownerId());
                }).toList();
            }
        };
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
