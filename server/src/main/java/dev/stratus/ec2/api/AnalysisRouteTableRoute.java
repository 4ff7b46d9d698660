// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisRouteTableRoute(
        @JsonProperty("DestinationCidr") String destinationCidr,
        @JsonProperty("DestinationPrefixListId") String destinationPrefixListId,
        @JsonProperty("EgressOnlyInternetGatewayId") String egressOnlyInternetGatewayId,
        @JsonProperty("GatewayId") String gatewayId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("NatGatewayId") String natGatewayId,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("Origin") String origin,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("VpcPeeringConnectionId") String vpcPeeringConnectionId,
        @JsonProperty("State") String state,
        @JsonProperty("CarrierGatewayId") String carrierGatewayId,
        @JsonProperty("CoreNetworkArn") String coreNetworkArn,
        @JsonProperty("LocalGatewayId") String localGatewayId) {
}
