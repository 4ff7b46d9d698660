// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateCapacityProviderRequest(
        @JsonProperty("CapacityProviderName") String capacityProviderName,
        @JsonProperty("VpcConfig") CapacityProviderVpcConfig vpcConfig,
        @JsonProperty("PermissionsConfig") CapacityProviderPermissionsConfig permissionsConfig,
        @JsonProperty("InstanceRequirements") InstanceRequirements instanceRequirements,
        @JsonProperty("CapacityProviderScalingConfig") CapacityProviderScalingConfig capacityProviderScalingConfig,
        @JsonProperty("KmsKeyArn") String kmsKeyArn,
        @JsonProperty("Tags") java.util.Map<String, String> tags) {
}
