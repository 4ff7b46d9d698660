package dev.stratus.ec2;

import dev.stratus.protocol.AwsException;
import java.util.Map;

/**
 * EBS's volume types and what each allows, as CreateVolume's reference gives them: sizes (gp2
 * 1–16,384 GiB, gp3 1–65,536, io1 4–16,384, io2 4–65,536, st1 and sc1 125–16,384, standard
 * 1–1,024), provisioned IOPS (required for io1 and io2, optional for gp3, refused for the rest;
 * within each type's range and per-GiB ratio) and throughput (gp3 only, 125–2,000 MiB/s). A
 * volume's IOPS as DescribeVolumes reports them: gp2's baseline is 3 per GiB within 100–16,000,
 * gp3's default 3,000 and its default throughput 125.
 */
final class VolumeTypes {
    static final String DEFAULT = "gp2";

    private record Limits(int minSize, int maxSize, int minIops, int maxIops, int iopsPerGib, boolean iopsRequired, boolean iopsAllowed,
                          boolean multiAttach) {
    }

    private static final Map<String, Limits> TYPES = Map.of(
            "gp2", new Limits(1, 16_384, 0, 0, 0, false, false, false),
            "gp3", new Limits(1, 65_536, 3_000, 80_000, 500, false, true, false),
            "io1", new Limits(4, 16_384, 100, 64_000, 50, true, true, true),
            "io2", new Limits(4, 65_536, 100, 256_000, 1_000, true, true, true),
            "st1", new Limits(125, 16_384, 0, 0, 0, false, false, false),
            "sc1", new Limits(125, 16_384, 0, 0, 0, false, false, false),
            "standard", new Limits(1, 1_024, 0, 0, 0, false, false, false));

    /** A volume's settings once checked: IOPS and throughput as DescribeVolumes shows them. */
    record Shape(String type, int size, Integer iops, Integer throughput, boolean multiAttach) {
    }

    private VolumeTypes() {
    }

    /**
     * Checks a volume's settings against its type's rules and fills in what EBS fills in; {@code
     * size} is already resolved (the snapshot's when none was given). Errors are EC2's.
     */
    static Shape check(String type, int size, Integer iops, Integer throughput, boolean multiAttach) {
        String t = type == null ? DEFAULT : type;
        Limits limits = TYPES.get(t);
        if (limits == null) {
            throw new AwsException("InvalidParameterValue", "Value (" + t + ") for parameter volumeType is invalid. "
                    + "Valid values: gp2, gp3, io1, io2, st1, sc1, standard");
        }
        if (size < limits.minSize()) {
            throw new AwsException("InvalidParameterValue", "The volume size is invalid for " + t + " volumes: " + size + " GiB. " + t
                    + " volumes must be at least " + limits.minSize() + " GiB in size. Please specify a volume size above the minimum limit.");
        }
        if (size > limits.maxSize()) {
            throw new AwsException("InvalidParameterValue", "The volume size is invalid for " + t + " volumes: " + size + " GiB. " + t
                    + " volumes must be at most " + limits.maxSize() + " GiB in size. Please specify a volume size below the maximum limit.");
        }
        if (iops != null && !limits.iopsAllowed()) {
            throw new AwsException("InvalidParameterCombination", "The parameter iops is not supported for " + t + " volumes.");
        }
        if (iops == null && limits.iopsRequired()) {
            throw new AwsException("InvalidParameterCombination", "The parameter iops must be specified for " + t + " volumes.");
        }
        if (throughput != null && !t.equals("gp3")) {
            throw new AwsException("InvalidParameterCombination", "The parameter throughput is not supported for " + t + " volumes.");
        }
        if (multiAttach && !limits.multiAttach()) {
            throw new AwsException("InvalidParameterCombination", "The parameter multiAttachEnabled is not supported for " + t
                    + " volumes. Multi-Attach is supported for io1 and io2 volumes only.");
        }
        if (iops != null) {
            checkIops(t, limits, size, iops);
        }
        if (throughput != null && (throughput < 125 || throughput > 2_000)) {
            throw new AwsException("InvalidParameterValue", "Throughput of " + throughput + " MiB/s is invalid. "
                    + "Throughput must be between 125 and 2000 MiB/s for gp3 volumes.");
        }
        return switch (t) {
            case "gp2" -> new Shape(t, size, Math.max(100, Math.min(16_000, 3 * size)), null, false);
            case "gp3" -> new Shape(t, size, iops == null ? 3_000 : iops, throughput == null ? 125 : throughput, false);
            case "io1", "io2" -> new Shape(t, size, iops, null, multiAttach);
            default -> new Shape(t, size, null, null, false);
        };
    }

    private static void checkIops(String type, Limits limits, int size, int iops) {
        if (iops < limits.minIops()) {
            throw new AwsException("InvalidParameterValue", "Volume iops of " + iops + " is too low; minimum is " + limits.minIops() + ".");
        }
        if (iops > limits.maxIops()) {
            throw new AwsException("InvalidParameterValue", "Volume iops of " + iops + " is too high; maximum is " + limits.maxIops() + ".");
        }
        // gp3's baseline of 3,000 IOPS is allowed at any size; only what is asked beyond it counts against the ratio.
        boolean baseline = type.equals("gp3") && iops <= 3_000;
        if (!baseline && (double) iops / size > limits.iopsPerGib()) {
            throw new AwsException("InvalidParameterValue", String.format(java.util.Locale.ROOT, "Iops to volume size ratio of %.6f is too high; maximum is %.6f.",
                    (double) iops / size, (double) limits.iopsPerGib()));
        }
    }
}
