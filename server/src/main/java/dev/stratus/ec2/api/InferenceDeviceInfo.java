// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InferenceDeviceInfo(
        @JsonProperty("Count") Integer count,
        @JsonProperty("Name") String name,
        @JsonProperty("Manufacturer") String manufacturer,
        @JsonProperty("MemoryInfo") InferenceDeviceMemoryInfo memoryInfo) {
}
