// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecondaryNetworkIpv4CidrBlockAssociation(
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("CidrBlock") String cidrBlock,
        @JsonProperty("State") String state,
        @JsonProperty("StateReason") String stateReason) {
}
