// Generated from the scheduler model by scripts/generate-apis. Do not edit.
package dev.stratus.scheduler.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwsVpcConfiguration(
        @JsonProperty("AssignPublicIp") String assignPublicIp,
        @JsonProperty("SecurityGroups") java.util.List<String> securityGroups,
        @JsonProperty("Subnets") java.util.List<String> subnets) {
}
