// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyVpcEndpointServiceConfigurationRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ServiceId") String serviceId,
        @JsonProperty("PrivateDnsName") String privateDnsName,
        @JsonProperty("RemovePrivateDnsName") Boolean removePrivateDnsName,
        @JsonProperty("AcceptanceRequired") Boolean acceptanceRequired,
        @JsonProperty("AddNetworkLoadBalancerArns") java.util.List<String> addNetworkLoadBalancerArns,
        @JsonProperty("RemoveNetworkLoadBalancerArns") java.util.List<String> removeNetworkLoadBalancerArns,
        @JsonProperty("AddGatewayLoadBalancerArns") java.util.List<String> addGatewayLoadBalancerArns,
        @JsonProperty("RemoveGatewayLoadBalancerArns") java.util.List<String> removeGatewayLoadBalancerArns,
        @JsonProperty("AddSupportedIpAddressTypes") java.util.List<String> addSupportedIpAddressTypes,
        @JsonProperty("RemoveSupportedIpAddressTypes") java.util.List<String> removeSupportedIpAddressTypes,
        @JsonProperty("AddSupportedRegions") java.util.List<String> addSupportedRegions,
        @JsonProperty("RemoveSupportedRegions") java.util.List<String> removeSupportedRegions) {
}
