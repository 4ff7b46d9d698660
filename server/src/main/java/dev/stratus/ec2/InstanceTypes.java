package dev.stratus.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.ec2.api.InstanceTypeInfo;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instance types Stratus launches: a table of real, current ones with AWS's vCPUs, memory and
 * architecture, against which RunInstances and ModifyInstanceAttribute check the type asked for,
 * and which DescribeInstanceTypes lists.
 */
final class InstanceTypes {

    /** One instance type: its vCPUs (cores × threads), memory, processor architecture, and whether it is burstable (T family). */
    record Type(String name, int vcpus, int threadsPerCore, int memoryMiB, String architecture, boolean burstable, String hypervisor) {

        int cores() {
            return vcpus / threadsPerCore;
        }

        boolean freeTier() {
            return name.equals("t2.micro") || name.equals("t3.micro");
        }
    }

    private static final Map<String, Type> TYPES = new LinkedHashMap<>();

    static {
        family("m1", 1, "x86_64", false, "xen", "small", 1, 1740);
        family("t2", 1, "x86_64", true, "xen", "nano", 1, 512, "micro", 1, 1024, "small", 1, 2048, "medium", 2, 4096, "large", 2, 8192,
                "xlarge", 4, 16384, "2xlarge", 8, 32768);
        family("t3", 2, "x86_64", true, "nitro", "nano", 2, 512, "micro", 2, 1024, "small", 2, 2048, "medium", 2, 4096, "large", 2, 8192,
                "xlarge", 4, 16384, "2xlarge", 8, 32768);
        family("t3a", 2, "x86_64", true, "nitro", "nano", 2, 512, "micro", 2, 1024, "small", 2, 2048, "medium", 2, 4096, "large", 2, 8192);
        family("t4g", 1, "arm64", true, "nitro", "nano", 2, 512, "micro", 2, 1024, "small", 2, 2048, "medium", 2, 4096, "large", 2, 8192,
                "xlarge", 4, 16384);
        family("m5", 2, "x86_64", false, "nitro", "large", 2, 8192, "xlarge", 4, 16384, "2xlarge", 8, 32768, "4xlarge", 16, 65536);
        family("m6i", 2, "x86_64", false, "nitro", "large", 2, 8192, "xlarge", 4, 16384, "2xlarge", 8, 32768, "4xlarge", 16, 65536);
        family("m6g", 1, "arm64", false, "nitro", "medium", 1, 4096, "large", 2, 8192, "xlarge", 4, 16384, "2xlarge", 8, 32768);
        family("m7g", 1, "arm64", false, "nitro", "medium", 1, 4096, "large", 2, 8192, "xlarge", 4, 16384);
        family("c5", 2, "x86_64", false, "nitro", "large", 2, 4096, "xlarge", 4, 8192, "2xlarge", 8, 16384, "4xlarge", 16, 32768);
        family("c6i", 2, "x86_64", false, "nitro", "large", 2, 4096, "xlarge", 4, 8192, "2xlarge", 8, 16384);
        family("c6g", 1, "arm64", false, "nitro", "medium", 1, 2048, "large", 2, 4096, "xlarge", 4, 8192);
        family("c7g", 1, "arm64", false, "nitro", "medium", 1, 2048, "large", 2, 4096, "xlarge", 4, 8192);
        family("r5", 2, "x86_64", false, "nitro", "large", 2, 16384, "xlarge", 4, 32768, "2xlarge", 8, 65536);
        family("r6g", 1, "arm64", false, "nitro", "medium", 1, 8192, "large", 2, 16384, "xlarge", 4, 32768);
    }

    /** Adds a family's sizes, given as size name, vCPUs, memory in MiB, repeated. */
    private static void family(String family, int threadsPerCore, String architecture, boolean burstable, String hypervisor, Object... sizes) {
        for (int i = 0; i < sizes.length; i += 3) {
            String name = family + "." + sizes[i];
            int vcpus = (Integer) sizes[i + 1];
            TYPES.put(name, new Type(name, vcpus, Math.min(threadsPerCore, vcpus), (Integer) sizes[i + 2], architecture, burstable, hypervisor));
        }
    }

    private InstanceTypes() {
    }

    static Optional<Type> find(String name) {
        return Optional.ofNullable(name == null ? null : TYPES.get(name));
    }

    /** The type, or EC2's answer to one it does not offer. */
    static Type require(String name) {
        return find(name).orElseThrow(() -> new AwsException("InvalidParameterValue", "Invalid value '" + name + "' for InstanceType."));
    }

    static List<Type> all() {
        return new ArrayList<>(TYPES.values());
    }

    /** The type as DescribeInstanceTypes describes it. */
    static InstanceTypeInfo info(Type t) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("InstanceType", t.name());
        n.put("CurrentGeneration", true);
        n.put("FreeTierEligible", t.freeTier());
        n.putArray("SupportedUsageClasses").add("on-demand").add("spot");
        n.putArray("SupportedRootDeviceTypes").add("ebs");
        n.putArray("SupportedVirtualizationTypes").add("hvm");
        n.put("BareMetal", false);
        n.put("Hypervisor", t.hypervisor());
        ObjectNode processor = n.putObject("ProcessorInfo");
        processor.putArray("SupportedArchitectures").add(t.architecture());
        ObjectNode cpu = n.putObject("VCpuInfo");
        cpu.put("DefaultVCpus", t.vcpus());
        cpu.put("DefaultCores", t.cores());
        cpu.put("DefaultThreadsPerCore", t.threadsPerCore());
        n.putObject("MemoryInfo").put("SizeInMiB", t.memoryMiB());
        n.put("InstanceStorageSupported", false);
        ObjectNode ebs = n.putObject("EbsInfo");
        ebs.put("EbsOptimizedSupport", t.hypervisor().equals("xen") ? "unsupported" : "default");
        ebs.put("EncryptionSupport", "supported");
        ebs.put("NvmeSupport", t.hypervisor().equals("xen") ? "unsupported" : "required");
        ObjectNode network = n.putObject("NetworkInfo");
        network.put("NetworkPerformance", t.vcpus() <= 4 ? "Up to 5 Gigabit" : "Up to 10 Gigabit");
        network.put("MaximumNetworkInterfaces", Math.max(2, Math.min(8, t.vcpus())));
        network.put("Ipv4AddressesPerInterface", Math.max(2, Math.min(30, t.vcpus() * 3)));
        network.put("Ipv6Supported", true);
        network.put("EnaSupport", t.hypervisor().equals("xen") ? "unsupported" : "required");
        n.put("HibernationSupported", !t.architecture().equals("arm64"));
        n.put("BurstablePerformanceSupported", t.burstable());
        n.put("DedicatedHostsSupported", !t.burstable());
        n.put("AutoRecoverySupported", true);
        n.putArray("SupportedBootModes").add(t.architecture().equals("arm64") ? "uefi" : "legacy-bios");
        return Json.read(n, InstanceTypeInfo.class);
    }
}
