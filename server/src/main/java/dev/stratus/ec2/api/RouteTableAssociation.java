// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteTableAssociation(
        @JsonProperty("Main") Boolean main,
        @JsonProperty("RouteTableAssociationId") String routeTableAssociationId,
        @JsonProperty("RouteTableId") String routeTableId,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("GatewayId") String gatewayId,
        @JsonProperty("PublicIpv4Pool") String publicIpv4Pool,
        @JsonProperty("AssociationState") RouteTableAssociationState associationState) {
}
