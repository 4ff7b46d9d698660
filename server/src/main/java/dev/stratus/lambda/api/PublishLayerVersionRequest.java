// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishLayerVersionRequest(
        @JsonProperty("LayerName") String layerName,
        @JsonProperty("Description") String description,
        @JsonProperty("Content") LayerVersionContentInput content,
        @JsonProperty("CompatibleRuntimes") java.util.List<String> compatibleRuntimes,
        @JsonProperty("LicenseInfo") String licenseInfo,
        @JsonProperty("CompatibleArchitectures") java.util.List<String> compatibleArchitectures) {
}
