// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateLaunchTemplateRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("LaunchTemplateName") String launchTemplateName,
        @JsonProperty("VersionDescription") String versionDescription,
        @JsonProperty("LaunchTemplateData") RequestLaunchTemplateData launchTemplateData,
        @JsonProperty("Operator") OperatorRequest operator,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
