// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpsItemRelatedItemSummary(
        @JsonProperty("OpsItemId") String opsItemId,
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("AssociationType") String associationType,
        @JsonProperty("ResourceUri") String resourceUri,
        @JsonProperty("CreatedBy") OpsItemIdentity createdBy,
        @JsonProperty("CreatedTime") java.time.Instant createdTime,
        @JsonProperty("LastModifiedBy") OpsItemIdentity lastModifiedBy,
        @JsonProperty("LastModifiedTime") java.time.Instant lastModifiedTime) {
}
