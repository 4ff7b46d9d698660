// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Route(
        @JsonProperty("DestinationCidrBlock") String destinationCidrBlock,
        @JsonProperty("DestinationIpv6CidrBlock") String destinationIpv6CidrBlock,
        @JsonProperty("DestinationPrefixListId") String destinationPrefixListId,
        @JsonProperty("EgressOnlyInternetGatewayId") String egressOnlyInternetGatewayId,
        @JsonProperty("GatewayId") String gatewayId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("InstanceOwnerId") String instanceOwnerId,
        @JsonProperty("NatGatewayId") String natGatewayId,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("LocalGatewayId") String localGatewayId,
        @JsonProperty("CarrierGatewayId") String carrierGatewayId,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("Origin") String origin,
        @JsonProperty("State") String state,
        @JsonProperty("VpcPeeringConnectionId") String vpcPeeringConnectionId,
        @JsonProperty("CoreNetworkArn") String coreNetworkArn,
        @JsonProperty("OdbNetworkArn") String odbNetworkArn,
        @JsonProperty("IpAddress") String ipAddress) {
}
