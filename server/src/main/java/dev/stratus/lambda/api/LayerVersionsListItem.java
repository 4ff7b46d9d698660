// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerVersionsListItem(
        @JsonProperty("LayerVersionArn") String layerVersionArn,
        @JsonProperty("Version") Long version,
        @JsonProperty("Description") String description,
        @JsonProperty("CreatedDate") String createdDate,
        @JsonProperty("CompatibleRuntimes") java.util.List<String> compatibleRuntimes,
        @JsonProperty("LicenseInfo") String licenseInfo,
        @JsonProperty("CompatibleArchitectures") java.util.List<String> compatibleArchitectures) {
}
