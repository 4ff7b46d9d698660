package dev.stratus.ec2;

import dev.stratus.ec2.api.BlockDeviceMapping;
import dev.stratus.ec2.api.EbsInstanceBlockDevice;
import dev.stratus.ec2.api.InstanceBlockDeviceMapping;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.store.Tx;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** EBS for the instances' tests, until EC2's own lands: one root volume per instance, kept in memory (not rolled back). */
final class FakeVolumes implements Volumes {
    final Map<String, List<InstanceBlockDeviceMapping>> attached = new ConcurrentHashMap<>();
    final List<String> terminated = new CopyOnWriteArrayList<>();

    @Override
    public List<InstanceBlockDeviceMapping> attachAtLaunch(Tx tx, String account, String region, String instanceId, String availabilityZone,
                                                           List<BlockDeviceMapping> imageMappings, List<BlockDeviceMapping> requested,
                                                           List<TagSpecification> tags) {
        List<InstanceBlockDeviceMapping> m = List.of(new InstanceBlockDeviceMapping(imageMappings.getFirst().deviceName(),
                new EbsInstanceBlockDevice(Instant.ofEpochSecond(1_800_000_000L), true, "attached", Ec2Ids.next("vol"), null, null, null, null)));
        attached.put(instanceId, m);
        return m;
    }

    @Override
    public Map<String, List<InstanceBlockDeviceMapping>> attachedTo(Tx tx, String account, String region, List<String> instanceIds) {
        Map<String, List<InstanceBlockDeviceMapping>> out = new HashMap<>();
        instanceIds.forEach(id -> {
            if (attached.containsKey(id)) {
                out.put(id, attached.get(id));
            }
        });
        return out;
    }

    @Override
    public void instanceTerminated(Tx tx, String account, String region, String instanceId) {
        terminated.add(instanceId);
        attached.remove(instanceId);
    }
}
