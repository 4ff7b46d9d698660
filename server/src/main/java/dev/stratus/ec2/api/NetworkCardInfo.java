// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkCardInfo(
        @JsonProperty("NetworkCardIndex") Integer networkCardIndex,
        @JsonProperty("NetworkPerformance") String networkPerformance,
        @JsonProperty("MaximumNetworkInterfaces") Integer maximumNetworkInterfaces,
        @JsonProperty("AdditionalFlexibleNetworkInterfaces") Integer additionalFlexibleNetworkInterfaces,
        @JsonProperty("BaselineBandwidthInGbps") Double baselineBandwidthInGbps,
        @JsonProperty("PeakBandwidthInGbps") Double peakBandwidthInGbps,
        @JsonProperty("DefaultEnaQueueCountPerInterface") Integer defaultEnaQueueCountPerInterface,
        @JsonProperty("MaximumEnaQueueCount") Integer maximumEnaQueueCount,
        @JsonProperty("MaximumEnaQueueCountPerInterface") Integer maximumEnaQueueCountPerInterface) {
}
