// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceProfile(
        @JsonProperty("Path") String path,
        @JsonProperty("InstanceProfileName") String instanceProfileName,
        @JsonProperty("InstanceProfileId") String instanceProfileId,
        @JsonProperty("Arn") String arn,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("Roles") java.util.List<Role> roles,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
