// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyVpcEndpointRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("VpcEndpointId") String vpcEndpointId,
        @JsonProperty("ResetPolicy") Boolean resetPolicy,
        @JsonProperty("PolicyDocument") String policyDocument,
        @JsonProperty("AddRouteTableIds") java.util.List<String> addRouteTableIds,
        @JsonProperty("RemoveRouteTableIds") java.util.List<String> removeRouteTableIds,
        @JsonProperty("AddSubnetIds") java.util.List<String> addSubnetIds,
        @JsonProperty("RemoveSubnetIds") java.util.List<String> removeSubnetIds,
        @JsonProperty("AddSecurityGroupIds") java.util.List<String> addSecurityGroupIds,
        @JsonProperty("RemoveSecurityGroupIds") java.util.List<String> removeSecurityGroupIds,
        @JsonProperty("IpAddressType") String ipAddressType,
        @JsonProperty("DnsOptions") DnsOptionsSpecification dnsOptions,
        @JsonProperty("PrivateDnsEnabled") Boolean privateDnsEnabled,
        @JsonProperty("SubnetConfigurations") java.util.List<SubnetConfiguration> subnetConfigurations) {
}
