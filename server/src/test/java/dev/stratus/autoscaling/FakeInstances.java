package dev.stratus.autoscaling;

import dev.stratus.platform.port.Instances;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for EC2 behind the {@link Instances} port, for Auto Scaling's unit tests: instances
 * kept in memory, one default subnet per zone of us-east-1 (a, b, c), one launch template
 * ({@code lt-0123}, "web", versions 1 and 2), and image {@code ami-missing} refused as EC2 refuses
 * an unknown image. States move only when the test says ({@link #settle}, {@link #stop}), and every
 * move is told to the watcher inside the given transaction, as EC2 does.
 */
final class FakeInstances implements Instances {
    record Launched(Launch launch, List<String> instanceIds) {
    }

    final Map<String, Instance> instances = new LinkedHashMap<>();
    final Map<String, Map<String, String>> tags = new LinkedHashMap<>();
    final List<Launched> launches = new ArrayList<>();
    private final Clock clock;
    /** Whether a launched instance is running at once, inside RunInstances' own transaction (an EC2 with no transition delay). */
    boolean startsAtOnce;
    /** Instances whose termination EC2 refuses. */
    final java.util.Set<String> refusesTermination = new java.util.HashSet<>();
    private StateChanges watcher = (tx, i, previous) -> { };
    private int next = 1;

    FakeInstances(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Instance> run(Tx tx, Principal caller, Launch launch) throws SQLException {
        String image = launch.configuration() != null ? launch.configuration().imageId() : "ami-template";
        if (image.equals("ami-missing")) {
            throw new AwsException("InvalidAMIID.NotFound", "The image id '[ami-missing]' does not exist");
        }
        Subnet subnet = subnet(tx, launch.account(), launch.region(), launch.subnetId()).orElseThrow();
        List<Instance> out = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < launch.count(); n++) {
            String id = String.format("i-%017x", next++);
            String type = launch.instanceTypeOverride() != null ? launch.instanceTypeOverride()
                    : launch.configuration() != null ? launch.configuration().instanceType() : "t3.micro";
            Instance i = new Instance(id, "pending", type, image, subnet.availabilityZone(), subnet.subnetId(), "172.31.0." + next, clock.millis(),
                    launch.template() == null ? null : "lt-0123", launch.template() == null ? null : 1L);
            instances.put(id, i);
            tags.put(id, launch.tags());
            ids.add(id);
            out.add(i);
            watcher.changed(tx, i, null);
        }
        launches.add(new Launched(launch, ids));
        if (startsAtOnce) {
            for (String id : ids) {
                move(tx, id, "running");
            }
        }
        return out;
    }

    @Override
    public void terminate(Tx tx, Principal caller, String account, String region, List<String> instanceIds) throws SQLException {
        for (String id : instanceIds) {
            if (refusesTermination.contains(id)) {
                throw new AwsException("OperationNotPermitted", "The instance '" + id + "' may not be terminated.");
            }
        }
        for (String id : instanceIds) {
            Instance i = instances.get(id);
            if (i != null && !i.state().equals("terminated") && !i.state().equals("shutting-down")) {
                move(tx, id, "shutting-down");
            }
        }
    }

    @Override
    public List<Instance> find(Tx tx, String account, String region, List<String> instanceIds) {
        return instanceIds.stream().filter(instances::containsKey).map(instances::get).toList();
    }

    @Override
    public Optional<Template> launchTemplate(Tx tx, String account, String region, TemplateRef ref) {
        boolean named = "lt-0123".equals(ref.id()) || "web".equals(ref.name());
        boolean version = ref.version() == null || ref.version().startsWith("$") || ref.version().equals("1") || ref.version().equals("2");
        return named && version ? Optional.of(new Template("lt-0123", "web", 1)) : Optional.empty();
    }

    @Override
    public Optional<Subnet> subnet(Tx tx, String account, String region, String subnetId) {
        return defaultSubnets(tx, account, region).stream().filter(s -> s.subnetId().equals(subnetId)).findFirst();
    }

    @Override
    public List<Subnet> defaultSubnets(Tx tx, String account, String region) {
        return List.of(new Subnet("subnet-a", "vpc-1", region + "a"), new Subnet("subnet-b", "vpc-1", region + "b"),
                new Subnet("subnet-c", "vpc-1", region + "c"));
    }

    @Override
    public void watch(StateChanges listener) {
        this.watcher = listener;
    }

    /** Moves every pending instance to running and every shutting-down one to terminated, as EC2's delays would. */
    void settle(Store store) {
        store.write(tx -> {
            for (Instance i : List.copyOf(instances.values())) {
                if (i.state().equals("pending")) {
                    move(tx, i.instanceId(), "running");
                } else if (i.state().equals("shutting-down")) {
                    move(tx, i.instanceId(), "terminated");
                }
            }
            return null;
        });
    }

    /** Stops or terminates an instance as someone outside the group would (StopInstances, TerminateInstances). */
    void outside(Store store, String instanceId, String state) {
        store.write(tx -> {
            move(tx, instanceId, state);
            return null;
        });
    }

    List<String> inState(String state) {
        return instances.values().stream().filter(i -> i.state().equals(state)).map(Instance::instanceId).toList();
    }

    private void move(Tx tx, String id, String state) throws SQLException {
        Instance i = instances.get(id);
        Instance moved = new Instance(i.instanceId(), state, i.instanceType(), i.imageId(), i.availabilityZone(), i.subnetId(), i.privateIpAddress(),
                i.launchTimeMillis(), i.launchTemplateId(), i.launchTemplateVersion());
        instances.put(id, moved);
        watcher.changed(tx, moved, i.state());
    }
}
