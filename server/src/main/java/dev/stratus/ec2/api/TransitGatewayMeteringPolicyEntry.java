// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayMeteringPolicyEntry(
        @JsonProperty("PolicyRuleNumber") String policyRuleNumber,
        @JsonProperty("MeteredAccount") String meteredAccount,
        @JsonProperty("State") String state,
        @JsonProperty("UpdatedAt") java.time.Instant updatedAt,
        @JsonProperty("UpdateEffectiveAt") java.time.Instant updateEffectiveAt,
        @JsonProperty("MeteringPolicyRule") TransitGatewayMeteringPolicyRule meteringPolicyRule) {
}
