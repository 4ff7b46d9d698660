// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVpcEndpointRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("VpcEndpointType") String vpcEndpointType,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("ServiceName") String serviceName,
        @JsonProperty("PolicyDocument") String policyDocument,
        @JsonProperty("RouteTableIds") java.util.List<String> routeTableIds,
        @JsonProperty("SubnetIds") java.util.List<String> subnetIds,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("IpAddressType") String ipAddressType,
        @JsonProperty("DnsOptions") DnsOptionsSpecification dnsOptions,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("PrivateDnsEnabled") Boolean privateDnsEnabled,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("SubnetConfigurations") java.util.List<SubnetConfiguration> subnetConfigurations,
        @JsonProperty("ServiceNetworkArn") String serviceNetworkArn,
        @JsonProperty("ResourceConfigurationArn") String resourceConfigurationArn,
        @JsonProperty("ServiceRegion") String serviceRegion) {
}
