// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityProvider(
        @JsonProperty("CapacityProviderArn") String capacityProviderArn,
        @JsonProperty("State") String state,
        @JsonProperty("VpcConfig") CapacityProviderVpcConfig vpcConfig,
        @JsonProperty("PermissionsConfig") CapacityProviderPermissionsConfig permissionsConfig,
        @JsonProperty("InstanceRequirements") InstanceRequirements instanceRequirements,
        @JsonProperty("CapacityProviderScalingConfig") CapacityProviderScalingConfig capacityProviderScalingConfig,
        @JsonProperty("KmsKeyArn") String kmsKeyArn,
        @JsonProperty("LastModified") String lastModified) {
}
