// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateRoleRequest(
        @JsonProperty("Path") String path,
        @JsonProperty("RoleName") String roleName,
        @JsonProperty("AssumeRolePolicyDocument") String assumeRolePolicyDocument,
        @JsonProperty("Description") String description,
        @JsonProperty("MaxSessionDuration") Integer maxSessionDuration,
        @JsonProperty("PermissionsBoundary") String permissionsBoundary,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
