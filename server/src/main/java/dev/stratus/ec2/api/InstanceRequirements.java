// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceRequirements(
        @JsonProperty("VCpuCount") VCpuCountRange vCpuCount,
        @JsonProperty("MemoryMiB") MemoryMiB memoryMiB,
        @JsonProperty("CpuManufacturers") java.util.List<String> cpuManufacturers,
        @JsonProperty("MemoryGiBPerVCpu") MemoryGiBPerVCpu memoryGiBPerVCpu,
        @JsonProperty("ExcludedInstanceTypes") java.util.List<String> excludedInstanceTypes,
        @JsonProperty("InstanceGenerations") java.util.List<String> instanceGenerations,
        @JsonProperty("SpotMaxPricePercentageOverLowestPrice") Integer spotMaxPricePercentageOverLowestPrice,
        @JsonProperty("OnDemandMaxPricePercentageOverLowestPrice") Integer onDemandMaxPricePercentageOverLowestPrice,
        @JsonProperty("BareMetal") String bareMetal,
        @JsonProperty("BurstablePerformance") String burstablePerformance,
        @JsonProperty("RequireHibernateSupport") Boolean requireHibernateSupport,
        @JsonProperty("NetworkInterfaceCount") NetworkInterfaceCount networkInterfaceCount,
        @JsonProperty("LocalStorage") String localStorage,
        @JsonProperty("LocalStorageTypes") java.util.List<String> localStorageTypes,
        @JsonProperty("TotalLocalStorageGB") TotalLocalStorageGB totalLocalStorageGB,
        @JsonProperty("BaselineEbsBandwidthMbps") BaselineEbsBandwidthMbps baselineEbsBandwidthMbps,
        @JsonProperty("AcceleratorTypes") java.util.List<String> acceleratorTypes,
        @JsonProperty("AcceleratorCount") AcceleratorCount acceleratorCount,
        @JsonProperty("AcceleratorManufacturers") java.util.List<String> acceleratorManufacturers,
        @JsonProperty("AcceleratorNames") java.util.List<String> acceleratorNames,
        @JsonProperty("AcceleratorTotalMemoryMiB") AcceleratorTotalMemoryMiB acceleratorTotalMemoryMiB,
        @JsonProperty("NetworkBandwidthGbps") NetworkBandwidthGbps networkBandwidthGbps,
        @JsonProperty("AllowedInstanceTypes") java.util.List<String> allowedInstanceTypes,
        @JsonProperty("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice") Integer maxSpotPriceAsPercentageOfOptimalOnDemandPrice,
        @JsonProperty("BaselinePerformanceFactors") BaselinePerformanceFactors baselinePerformanceFactors,
        @JsonProperty("RequireEncryptionInTransit") Boolean requireEncryptionInTransit) {
}
