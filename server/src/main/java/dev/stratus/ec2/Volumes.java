package dev.stratus.ec2;

import dev.stratus.ec2.api.BlockDeviceMapping;
import dev.stratus.ec2.api.InstanceBlockDeviceMapping;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * EBS as instances use it: the volumes made and attached at launch from the image's block device
 * mappings overlaid with the request's, what DescribeInstances lists as an instance's block
 * devices, and what happens to them when the instance terminates (volumes with
 * DeleteOnTermination deleted, the others detached).
 */
interface Volumes {

    /**
     * Makes and attaches an instance's volumes in {@code availabilityZone}: the image's mappings,
     * each replaced or removed ({@code NoDevice}) by a request's mapping of the same device name,
     * plus the request's others; tagged with the TagSpecifications for {@code volume}. Bad mappings
     * (an unknown snapshot, a size below the snapshot's) are EC2's errors, raised before anything is made.
     */
    List<InstanceBlockDeviceMapping> attachAtLaunch(Tx tx, String account, String region, String instanceId, String availabilityZone,
                                                    List<BlockDeviceMapping> imageMappings, List<BlockDeviceMapping> requested,
                                                    List<TagSpecification> tags) throws SQLException;

    /** The block devices attached to each of the instances, by instance id (instances without any are left out). */
    Map<String, List<InstanceBlockDeviceMapping>> attachedTo(Tx tx, String account, String region, List<String> instanceIds)
            throws SQLException;

    /** ModifyInstanceAttribute's BlockDeviceMapping: sets DeleteOnTermination of the volume at {@code device}; false when none is there. */
    boolean setDeleteOnTermination(Tx tx, String instanceId, String device, boolean deleteOnTermination) throws SQLException;

    /** The instance has terminated: its DeleteOnTermination volumes are deleted, the rest detached and available. */
    void instanceTerminated(Tx tx, String account, String region, String instanceId) throws SQLException;
}
