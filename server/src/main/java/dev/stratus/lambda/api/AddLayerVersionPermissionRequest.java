// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddLayerVersionPermissionRequest(
        @JsonProperty("LayerName") String layerName,
        @JsonProperty("VersionNumber") Long versionNumber,
        @JsonProperty("StatementId") String statementId,
        @JsonProperty("Action") String action,
        @JsonProperty("Principal") String principal,
        @JsonProperty("OrganizationId") String organizationId,
        @JsonProperty("RevisionId") String revisionId) {
}
