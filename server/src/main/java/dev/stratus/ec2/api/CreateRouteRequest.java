// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateRouteRequest(
        @JsonProperty("DestinationPrefixListId") String destinationPrefixListId,
        @JsonProperty("VpcEndpointId") String vpcEndpointId,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("LocalGatewayId") String localGatewayId,
        @JsonProperty("CarrierGatewayId") String carrierGatewayId,
        @JsonProperty("CoreNetworkArn") String coreNetworkArn,
        @JsonProperty("OdbNetworkArn") String odbNetworkArn,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("RouteTableId") String routeTableId,
        @JsonProperty("DestinationCidrBlock") String destinationCidrBlock,
        @JsonProperty("GatewayId") String gatewayId,
        @JsonProperty("DestinationIpv6CidrBlock") String destinationIpv6CidrBlock,
        @JsonProperty("EgressOnlyInternetGatewayId") String egressOnlyInternetGatewayId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("VpcPeeringConnectionId") String vpcPeeringConnectionId,
        @JsonProperty("NatGatewayId") String natGatewayId) {
}
