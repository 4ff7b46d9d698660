// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record User(
        @JsonProperty("Path") String path,
        @JsonProperty("UserName") String userName,
        @JsonProperty("UserId") String userId,
        @JsonProperty("Arn") String arn,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("PasswordLastUsed") java.time.Instant passwordLastUsed,
        @JsonProperty("PermissionsBoundary") AttachedPermissionsBoundary permissionsBoundary,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
