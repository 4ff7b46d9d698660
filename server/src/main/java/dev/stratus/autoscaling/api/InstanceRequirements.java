// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceRequirements(
        @JsonProperty("VCpuCount") VCpuCountRequest vCpuCount,
        @JsonProperty("MemoryMiB") MemoryMiBRequest memoryMiB,
        @JsonProperty("CpuManufacturers") java.util.List<String> cpuManufacturers,
        @JsonProperty("MemoryGiBPerVCpu") MemoryGiBPerVCpuRequest memoryGiBPerVCpu,
        @JsonProperty("ExcludedInstanceTypes") java.util.List<String> excludedInstanceTypes,
        @JsonProperty("InstanceGenerations") java.util.List<String> instanceGenerations,
        @JsonProperty("SpotMaxPricePercentageOverLowestPrice") Integer spotMaxPricePercentageOverLowestPrice,
        @JsonProperty("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice") Integer maxSpotPriceAsPercentageOfOptimalOnDemandPrice,
        @JsonProperty("OnDemandMaxPricePercentageOverLowestPrice") Integer onDemandMaxPricePercentageOverLowestPrice,
        @JsonProperty("BareMetal") String bareMetal,
        @JsonProperty("BurstablePerformance") String burstablePerformance,
        @JsonProperty("RequireHibernateSupport") Boolean requireHibernateSupport,
        @JsonProperty("NetworkInterfaceCount") NetworkInterfaceCountRequest networkInterfaceCount,
        @JsonProperty("LocalStorage") String localStorage,
        @JsonProperty("LocalStorageTypes") java.util.List<String> localStorageTypes,
        @JsonProperty("TotalLocalStorageGB") TotalLocalStorageGBRequest totalLocalStorageGB,
        @JsonProperty("BaselineEbsBandwidthMbps") BaselineEbsBandwidthMbpsRequest baselineEbsBandwidthMbps,
        @JsonProperty("AcceleratorTypes") java.util.List<String> acceleratorTypes,
        @JsonProperty("AcceleratorCount") AcceleratorCountRequest acceleratorCount,
        @JsonProperty("AcceleratorManufacturers") java.util.List<String> acceleratorManufacturers,
        @JsonProperty("AcceleratorNames") java.util.List<String> acceleratorNames,
        @JsonProperty("AcceleratorTotalMemoryMiB") AcceleratorTotalMemoryMiBRequest acceleratorTotalMemoryMiB,
        @JsonProperty("NetworkBandwidthGbps") NetworkBandwidthGbpsRequest networkBandwidthGbps,
        @JsonProperty("AllowedInstanceTypes") java.util.List<String> allowedInstanceTypes,
        @JsonProperty("BaselinePerformanceFactors") BaselinePerformanceFactorsRequest baselinePerformanceFactors) {
}
