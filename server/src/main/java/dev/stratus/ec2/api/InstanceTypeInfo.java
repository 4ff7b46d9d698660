// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceTypeInfo(
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("CurrentGeneration") Boolean currentGeneration,
        @JsonProperty("FreeTierEligible") Boolean freeTierEligible,
        @JsonProperty("SupportedUsageClasses") java.util.List<String> supportedUsageClasses,
        @JsonProperty("SupportedRootDeviceTypes") java.util.List<String> supportedRootDeviceTypes,
        @JsonProperty("SupportedVirtualizationTypes") java.util.List<String> supportedVirtualizationTypes,
        @JsonProperty("BareMetal") Boolean bareMetal,
        @JsonProperty("Hypervisor") String hypervisor,
        @JsonProperty("ProcessorInfo") ProcessorInfo processorInfo,
        @JsonProperty("VCpuInfo") VCpuInfo vCpuInfo,
        @JsonProperty("MemoryInfo") MemoryInfo memoryInfo,
        @JsonProperty("InstanceStorageSupported") Boolean instanceStorageSupported,
        @JsonProperty("InstanceStorageInfo") InstanceStorageInfo instanceStorageInfo,
        @JsonProperty("EbsInfo") EbsInfo ebsInfo,
        @JsonProperty("NetworkInfo") NetworkInfo networkInfo,
        @JsonProperty("GpuInfo") GpuInfo gpuInfo,
        @JsonProperty("FpgaInfo") FpgaInfo fpgaInfo,
        @JsonProperty("PlacementGroupInfo") PlacementGroupInfo placementGroupInfo,
        @JsonProperty("InferenceAcceleratorInfo") InferenceAcceleratorInfo inferenceAcceleratorInfo,
        @JsonProperty("HibernationSupported") Boolean hibernationSupported,
        @JsonProperty("BurstablePerformanceSupported") Boolean burstablePerformanceSupported,
        @JsonProperty("DedicatedHostsSupported") Boolean dedicatedHostsSupported,
        @JsonProperty("AutoRecoverySupported") Boolean autoRecoverySupported,
        @JsonProperty("SupportedBootModes") java.util.List<String> supportedBootModes,
        @JsonProperty("NitroEnclavesSupport") String nitroEnclavesSupport,
        @JsonProperty("NitroTpmSupport") String nitroTpmSupport,
        @JsonProperty("NitroTpmInfo") NitroTpmInfo nitroTpmInfo,
        @JsonProperty("MediaAcceleratorInfo") MediaAcceleratorInfo mediaAcceleratorInfo,
        @JsonProperty("NeuronInfo") NeuronInfo neuronInfo,
        @JsonProperty("PhcSupport") String phcSupport,
        @JsonProperty("RebootMigrationSupport") String rebootMigrationSupport,
        @JsonProperty("SupportedInRegion") Boolean supportedInRegion) {
}
