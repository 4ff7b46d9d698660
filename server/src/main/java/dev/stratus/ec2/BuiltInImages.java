package dev.stratus.ec2;

import dev.stratus.ec2.api.BlockDeviceMapping;
import dev.stratus.ec2.api.EbsBlockDevice;
import dev.stratus.ec2.api.Image;
import java.util.List;
import java.util.Optional;

/**
 * The public images every region offers, as their publishers name and describe them: Amazon
 * Linux 2023 (x86_64 and arm64), Amazon Linux 2, Ubuntu 22.04 and 24.04 and Windows Server 2022.
 * Their ids, and the ids of the public snapshots their root volumes start from, are derived from
 * their names and the region, so they stay the same across restarts and differ between regions,
 * as AWS's do.
 */
final class BuiltInImages {
    /** Amazon's own account for Amazon Linux, Canonical's for Ubuntu, Amazon's Windows account. */
    private static final String AMAZON = "137112412989";
    private static final String CANONICAL = "099720109477";
    private static final String AMAZON_WINDOWS = "801119661308";

    /** One built-in image: what differs between them. */
    private record Spec(String owner, String name, String description, String architecture, String rootDevice, int size, String volumeType,
                        String platform, String platformDetails, String usageOperation, String bootMode, String creationDate) {
    }

    private static final List<Spec> ALL = List.of(
            new Spec(AMAZON, "al2023-ami-2023.6.20241121.0-kernel-6.1-x86_64", "Amazon Linux 2023 AMI 2023.6.20241121.0 x86_64 HVM kernel-6.1",
                    "x86_64", "/dev/xvda", 8, "gp3", null, "Linux/UNIX", "RunInstances", "uefi-preferred", "2024-11-20T21:18:35.000Z"),
            new Spec(AMAZON, "al2023-ami-2023.6.20241121.0-kernel-6.1-arm64", "Amazon Linux 2023 AMI 2023.6.20241121.0 arm64 HVM kernel-6.1",
                    "arm64", "/dev/xvda", 8, "gp3", null, "Linux/UNIX", "RunInstances", "uefi", "2024-11-20T21:18:36.000Z"),
            new Spec(AMAZON, "amzn2-ami-kernel-5.10-hvm-2.0.20241113.1-x86_64-gp2", "Amazon Linux 2 Kernel 5.10 AMI 2.0.20241113.1 x86_64 HVM gp2",
                    "x86_64", "/dev/xvda", 8, "gp2", null, "Linux/UNIX", "RunInstances", null, "2024-11-13T19:11:10.000Z"),
            new Spec(CANONICAL, "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20241119", "Canonical, Ubuntu, 22.04 LTS, amd64 jammy image "
                    + "build on 2024-11-19", "x86_64", "/dev/sda1", 8, "gp2", null, "Linux/UNIX", "RunInstances", null, "2024-11-19T12:08:22.000Z"),
            new Spec(CANONICAL, "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20241119", "Canonical, Ubuntu, 24.04, amd64 noble "
                    + "image", "x86_64", "/dev/sda1", 8, "gp3", null, "Linux/UNIX", "RunInstances", null, "2024-11-19T12:15:07.000Z"),
            new Spec(AMAZON_WINDOWS, "Windows_Server-2022-English-Full-Base-2024.11.13", "Microsoft Windows Server 2022 Full Locale English AMI "
                    + "provided by Amazon", "x86_64", "/dev/sda1", 30, "gp2", "windows", "Windows", "RunInstances:0002", null,
                    "2024-11-13T23:14:49.000Z"));

    private BuiltInImages() {
    }

    /** The region's built-in images, in a fixed order. */
    static List<Image> in(String region) {
        return ALL.stream().map(s -> image(region, s)).toList();
    }

    /** The built-in image of the region with this id, or empty. */
    static Optional<Image> find(String region, String imageId) {
        return in(region).stream().filter(i -> i.imageId().equals(imageId)).findFirst();
    }

    /** The size in GiB of a built-in image's public root snapshot in the region, or empty when the id names none. */
    static Optional<Integer> snapshotSize(String region, String snapshotId) {
        return ALL.stream().filter(s -> snapshotId(region, s).equals(snapshotId)).findFirst().map(Spec::size);
    }

    private static String snapshotId(String region, Spec s) {
        return Ec2Ids.derived("snap", s.name + "@" + region);
    }

    private static Image image(String region, Spec s) {
        BlockDeviceMapping root = new BlockDeviceMapping(new EbsBlockDevice(true, s.volumeType.equals("gp3") ? 3000 : null, snapshotId(region, s),
                s.size, s.volumeType, null, s.volumeType.equals("gp3") ? 125 : null, null, null, false, null, null, null), null, s.rootDevice, null);
        boolean windows = "windows".equals(s.platform);
        return new Image(s.platformDetails, s.usageOperation, List.of(root), s.description, true, "xen", "amazon", s.name, s.rootDevice, "ebs",
                "simple", null, null, "hvm", s.bootMode, null, null, windows ? null : "v2.0", null, "disabled", null, null, null, null,
                true, Ec2Ids.derived("ami", s.name + "@" + region), s.owner + "/" + s.name, "available", s.owner, s.creationDate, true, null,
                s.architecture, "machine", null, null, s.platform);
    }
}
