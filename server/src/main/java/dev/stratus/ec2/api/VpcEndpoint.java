// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpcEndpoint(
        @JsonProperty("VpcEndpointId") String vpcEndpointId,
        @JsonProperty("VpcEndpointType") String vpcEndpointType,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("ServiceName") String serviceName,
        @JsonProperty("State") String state,
        @JsonProperty("PolicyDocument") String policyDocument,
        @JsonProperty("RouteTableIds") java.util.List<String> routeTableIds,
        @JsonProperty("SubnetIds") java.util.List<String> subnetIds,
        @JsonProperty("Groups") java.util.List<SecurityGroupIdentifier> groups,
        @JsonProperty("IpAddressType") String ipAddressType,
        @JsonProperty("DnsOptions") DnsOptions dnsOptions,
        @JsonProperty("PrivateDnsEnabled") Boolean privateDnsEnabled,
        @JsonProperty("RequesterManaged") Boolean requesterManaged,
        @JsonProperty("NetworkInterfaceIds") java.util.List<String> networkInterfaceIds,
        @JsonProperty("DnsEntries") java.util.List<DnsEntry> dnsEntries,
        @JsonProperty("CreationTimestamp") java.time.Instant creationTimestamp,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("LastError") LastError lastError,
        @JsonProperty("Ipv4Prefixes") java.util.List<SubnetIpPrefixes> ipv4Prefixes,
        @JsonProperty("Ipv6Prefixes") java.util.List<SubnetIpPrefixes> ipv6Prefixes,
        @JsonProperty("FailureReason") String failureReason,
        @JsonProperty("ServiceNetworkArn") String serviceNetworkArn,
        @JsonProperty("ResourceConfigurationArn") String resourceConfigurationArn,
        @JsonProperty("ServiceRegion") String serviceRegion) {
}
