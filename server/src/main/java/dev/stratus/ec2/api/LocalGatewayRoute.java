// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalGatewayRoute(
        @JsonProperty("DestinationCidrBlock") String destinationCidrBlock,
        @JsonProperty("LocalGatewayVirtualInterfaceGroupId") String localGatewayVirtualInterfaceGroupId,
        @JsonProperty("Type") String type,
        @JsonProperty("State") String state,
        @JsonProperty("LocalGatewayRouteTableId") String localGatewayRouteTableId,
        @JsonProperty("LocalGatewayRouteTableArn") String localGatewayRouteTableArn,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("CoipPoolId") String coipPoolId,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("DestinationPrefixListId") String destinationPrefixListId) {
}
