// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetLayerVersionResponse(
        @JsonProperty("Content") LayerVersionContentOutput content,
        @JsonProperty("LayerArn") String layerArn,
        @JsonProperty("LayerVersionArn") String layerVersionArn,
        @JsonProperty("Description") String description,
        @JsonProperty("CreatedDate") String createdDate,
        @JsonProperty("Version") Long version,
        @JsonProperty("CompatibleRuntimes") java.util.List<String> compatibleRuntimes,
        @JsonProperty("LicenseInfo") String licenseInfo,
        @JsonProperty("CompatibleArchitectures") java.util.List<String> compatibleArchitectures) {
}
