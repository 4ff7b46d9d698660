// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LaunchTemplate(
        @JsonProperty("LaunchTemplateId") String launchTemplateId,
        @JsonProperty("LaunchTemplateName") String launchTemplateName,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("CreatedBy") String createdBy,
        @JsonProperty("DefaultVersionNumber") Long defaultVersionNumber,
        @JsonProperty("LatestVersionNumber") Long latestVersionNumber,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("Operator") OperatorResponse operator) {
}
