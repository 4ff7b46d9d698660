// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EbsOptimizedInfo(
        @JsonProperty("BaselineBandwidthInMbps") Integer baselineBandwidthInMbps,
        @JsonProperty("BaselineThroughputInMBps") Double baselineThroughputInMBps,
        @JsonProperty("BaselineIops") Integer baselineIops,
        @JsonProperty("MaximumBandwidthInMbps") Integer maximumBandwidthInMbps,
        @JsonProperty("MaximumThroughputInMBps") Double maximumThroughputInMBps,
        @JsonProperty("MaximumIops") Integer maximumIops) {
}
