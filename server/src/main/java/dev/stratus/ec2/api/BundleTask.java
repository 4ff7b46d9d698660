// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record BundleTask(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("BundleId") String bundleId,
        @JsonProperty("State") String state,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("UpdateTime") java.time.Instant updateTime,
        @JsonProperty("Storage") Storage storage,
        @JsonProperty("Progress") String progress,
        @JsonProperty("BundleTaskError") BundleTaskError bundleTaskError) {
}
