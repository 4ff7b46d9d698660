// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversionTask(
        @JsonProperty("ConversionTaskId") String conversionTaskId,
        @JsonProperty("ExpirationTime") String expirationTime,
        @JsonProperty("ImportInstance") ImportInstanceTaskDetails importInstance,
        @JsonProperty("ImportVolume") ImportVolumeTaskDetails importVolume,
        @JsonProperty("State") String state,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
