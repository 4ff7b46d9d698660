// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVpcEndpointServiceConfigurationRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("AcceptanceRequired") Boolean acceptanceRequired,
        @JsonProperty("PrivateDnsName") String privateDnsName,
        @JsonProperty("NetworkLoadBalancerArns") java.util.List<String> networkLoadBalancerArns,
        @JsonProperty("GatewayLoadBalancerArns") java.util.List<String> gatewayLoadBalancerArns,
        @JsonProperty("SupportedIpAddressTypes") java.util.List<String> supportedIpAddressTypes,
        @JsonProperty("SupportedRegions") java.util.List<String> supportedRegions,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
