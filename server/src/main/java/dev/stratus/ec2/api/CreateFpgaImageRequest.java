// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateFpgaImageRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("InputStorageLocation") StorageLocation inputStorageLocation,
        @JsonProperty("LogsStorageLocation") StorageLocation logsStorageLocation,
        @JsonProperty("Description") String description,
        @JsonProperty("Name") String name,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
