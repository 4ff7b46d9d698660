// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyDocumentPermissionRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("PermissionType") String permissionType,
        @JsonProperty("AccountIdsToAdd") java.util.List<String> accountIdsToAdd,
        @JsonProperty("AccountIdsToRemove") java.util.List<String> accountIdsToRemove,
        @JsonProperty("SharedDocumentVersion") String sharedDocumentVersion) {
}
