package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.BlockDeviceMapping;
import dev.stratus.autoscaling.api.CreateLaunchConfigurationType;
import dev.stratus.autoscaling.api.InstanceMonitoring;
import dev.stratus.autoscaling.api.LaunchConfiguration;
import dev.stratus.platform.Arn;
import dev.stratus.platform.port.Instances;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Launch configurations: created whole (from the request, or from an instance's image and type),
 * described, and deleted unless a group uses one. EC2 checks the image when a group launches.
 */
final class LaunchConfigurations {
    private final Clock clock;
    private final Instances instances;
    private final AutoScalingRepository repo;

    LaunchConfigurations(Clock clock, Instances instances, AutoScalingRepository repo) {
        this.clock = clock;
        this.instances = instances;
        this.repo = repo;
    }

    void create(Tx tx, String account, String region, CreateLaunchConfigurationType in) throws SQLException {
        String name = in.launchConfigurationName();
        if (get(tx, account, region, name) != null) {
            throw new AwsException("AlreadyExistsFault", "Launch Configuration by this name already exists - A launch configuration already exists with the name "
                    + name);
        }
        String imageId = in.imageId();
        String type = in.instanceType();
        if (in.instanceId() != null) {
            Instances.Instance i = instances.find(tx, account, region, List.of(in.instanceId())).stream().findFirst()
                    .orElseThrow(() -> new AwsException("ValidationError", "Invalid instance id: " + in.instanceId()));
            imageId = imageId != null ? imageId : i.imageId();
            type = type != null ? type : i.instanceType();
        }
        if (imageId == null) {
            throw new AwsException("ValidationError", "Valid requests must contain either the InstanceID parameter or both the ImageId and InstanceType parameters.");
        }
        if (type == null) {
            throw new AwsException("ValidationError", "Valid requests must contain either the InstanceID parameter or both the ImageId and InstanceType parameters.");
        }
        save(tx, account, region, new LaunchConfiguration(name, arn(region, account, name), imageId, emptyIfNull(in.keyName()),
                in.securityGroups() == null ? List.of() : in.securityGroups(), in.classicLinkVPCId(), in.classicLinkVPCSecurityGroups(),
                emptyIfNull(in.userData()), type, emptyIfNull(in.kernelId()), emptyIfNull(in.ramdiskId()),
                in.blockDeviceMappings() == null ? List.of() : in.blockDeviceMappings(),
                in.instanceMonitoring() == null ? new InstanceMonitoring(true) : in.instanceMonitoring(), in.spotPrice(), in.iamInstanceProfile(),
                Instant.ofEpochMilli(clock.millis()), in.ebsOptimized() == null ? Boolean.FALSE : in.ebsOptimized(), in.associatePublicIpAddress(),
                in.placementTenancy(), in.metadataOptions()));
    }

    /** The launch configuration CreateAutoScalingGroup makes from an instance, named as the group. */
    void createFromInstance(Tx tx, String account, String region, String name, Instances.Instance i) throws SQLException {
        save(tx, account, region, new LaunchConfiguration(name, arn(region, account, name), i.imageId(), "", List.of(), null, null, "",
                i.instanceType(), "", "", List.of(), new InstanceMonitoring(true), null, null, Instant.ofEpochMilli(clock.millis()), false, null, null,
                null));
    }

    LaunchConfiguration get(Tx tx, String account, String region, String name) throws SQLException {
        return repo.get(tx, Kind.LAUNCH_CONFIGURATION, account, region, "", name, LaunchConfiguration.class);
    }

    List<LaunchConfiguration> list(Tx tx, String account, String region) throws SQLException {
        return repo.list(tx, Kind.LAUNCH_CONFIGURATION, account, region, "", LaunchConfiguration.class);
    }

    void delete(Tx tx, String account, String region, String name) throws SQLException {
        if (get(tx, account, region, name) == null) {
            throw new AwsException("ValidationError", "Launch configuration name not found - Launch configuration " + name + " not found");
        }
        for (Group g : repo.list(tx, Kind.GROUP, account, region, null, Group.class)) {
            if (name.equals(g.launchConfigurationName)) {
                throw new AwsException("ResourceInUseFault", "Cannot delete launch configuration " + name + " because it is attached to AutoScalingGroup "
                        + g.name);
            }
        }
        repo.delete(tx, Kind.LAUNCH_CONFIGURATION, account, region, "", name);
    }

    /** The instance settings EC2 launches from a launch configuration. */
    static Instances.Configuration configuration(LaunchConfiguration lc) {
        List<Instances.BlockDevice> devices = new ArrayList<>();
        for (BlockDeviceMapping b : lc.blockDeviceMappings()) {
            if (b.ebs() != null) {
                devices.add(new Instances.BlockDevice(b.deviceName(), b.ebs().snapshotId(), b.ebs().volumeSize(), b.ebs().volumeType(), b.ebs().iops(),
                        b.ebs().deleteOnTermination(), b.ebs().encrypted()));
            }
        }
        return new Instances.Configuration(lc.imageId(), lc.instanceType(), lc.keyName().isEmpty() ? null : lc.keyName(), lc.securityGroups(),
                lc.userData().isEmpty() ? null : lc.userData(), lc.iamInstanceProfile(), devices, lc.associatePublicIpAddress(),
                lc.instanceMonitoring() == null || !Boolean.FALSE.equals(lc.instanceMonitoring().enabled()));
    }

    private void save(Tx tx, String account, String region, LaunchConfiguration lc) throws SQLException {
        repo.put(tx, Kind.LAUNCH_CONFIGURATION, account, region, "", lc.launchConfigurationName(), 0, lc);
    }

    private static String arn(String region, String account, String name) {
        return Arn.of("autoscaling", region, account, "launchConfiguration:" + Ids.uuid() + ":launchConfigurationName/" + name).toString();
    }

    private static String emptyIfNull(String s) {
        return s == null ? "" : s;
    }
}
