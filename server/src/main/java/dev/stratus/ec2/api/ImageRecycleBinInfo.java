// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageRecycleBinInfo(
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("RecycleBinEnterTime") java.time.Instant recycleBinEnterTime,
        @JsonProperty("RecycleBinExitTime") java.time.Instant recycleBinExitTime) {
}
