package dev.stratus.platform.port;

import dev.stratus.protocol.Principal;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EC2 as other services reach it: Auto Scaling launches and terminates a group's instances through
 * it, checks a launch template and subnets when a group is saved, and hears every instance's state
 * changes so it can replace one stopped or terminated outside the group. Every call runs inside the
 * caller's transaction, so an instance and the group's record of it commit together. A launch EC2
 * refuses (an unknown image, a template that does not exist) is an {@code AwsException} with EC2's
 * code and message, as RunInstances would answer it.
 */
public interface Instances {

    /** Launches {@code launch.count()} instances as RunInstances does, for {@code caller}; they start pending. */
    List<Instance> run(Tx tx, Principal caller, Launch launch) throws SQLException;

    /** Terminates the instances as TerminateInstances does; ones already gone are ignored. */
    void terminate(Tx tx, Principal caller, String account, String region, List<String> instanceIds) throws SQLException;

    /** The instances that exist (terminated ones while they stay visible), in the order asked; unknown ids are left out. */
    List<Instance> find(Tx tx, String account, String region, List<String> instanceIds) throws SQLException;

    /**
     * The launch template named by id or by name, at {@code version} ({@code $Default}, {@code $Latest}
     * or a number; null means {@code $Default}); empty when the template or that version does not exist.
     */
    Optional<Template> launchTemplate(Tx tx, String account, String region, TemplateRef ref) throws SQLException;

    /** The subnet, or empty when the account has none by that id in the region. */
    Optional<Subnet> subnet(Tx tx, String account, String region, String subnetId) throws SQLException;

    /** The default VPC's subnets, one per availability zone of the region, in zone order. */
    List<Subnet> defaultSubnets(Tx tx, String account, String region) throws SQLException;

    /** Tells {@code listener} of every state an instance enters, inside the transaction that moves it. */
    void watch(StateChanges listener);

    /**
     * What to launch: a launch template (with an optional instance type override) or a
     * configuration given in full (an Auto Scaling launch configuration), where to put it, and the
     * tags the instances and their volumes get.
     */
    record Launch(String account, String region, TemplateRef template, String instanceTypeOverride, Configuration configuration,
                  String subnetId, int count, Map<String, String> tags) {
    }

    /** A launch template by id or name, and a version ({@code $Default}, {@code $Latest}, a number, or null). */
    record TemplateRef(String id, String name, String version) {
    }

    /** A launch template version as EC2 resolved it. */
    record Template(String id, String name, long version) {
    }

    /**
     * An instance's settings given in full, as a launch configuration holds them; {@code detailedMonitoring}
     * is its InstanceMonitoring (CloudWatch metrics every minute rather than every five).
     */
    record Configuration(String imageId, String instanceType, String keyName, List<String> securityGroups, String userData,
                         String iamInstanceProfile, List<BlockDevice> blockDevices, Boolean associatePublicIpAddress, boolean detailedMonitoring) {
    }

    /** A block device mapping: an EBS volume (from a snapshot or of a size) at a device name. */
    record BlockDevice(String deviceName, String snapshotId, Integer volumeSize, String volumeType, Integer iops,
                       Boolean deleteOnTermination, Boolean encrypted) {
    }

    /** An instance as EC2 describes it, with its state's name ({@code pending}, {@code running}, …). */
    record Instance(String instanceId, String state, String instanceType, String imageId, String availabilityZone, String subnetId,
                    String privateIpAddress, long launchTimeMillis, String launchTemplateId, Long launchTemplateVersion) {
    }

    /** A subnet and where it is. */
    record Subnet(String subnetId, String vpcId, String availabilityZone) {
    }

    /** Hears state changes. */
    interface StateChanges {
        /** {@code instance} has just entered {@code instance.state()} from {@code previousState}. */
        void changed(Tx tx, Instance instance, String previousState) throws SQLException;
    }
}
