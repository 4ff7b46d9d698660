// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpcEndpointConnection(
        @JsonProperty("ServiceId") String serviceId,
        @JsonProperty("VpcEndpointId") String vpcEndpointId,
        @JsonProperty("VpcEndpointOwner") String vpcEndpointOwner,
        @JsonProperty("VpcEndpointState") String vpcEndpointState,
        @JsonProperty("CreationTimestamp") java.time.Instant creationTimestamp,
        @JsonProperty("DnsEntries") java.util.List<DnsEntry> dnsEntries,
        @JsonProperty("NetworkLoadBalancerArns") java.util.List<String> networkLoadBalancerArns,
        @JsonProperty("GatewayLoadBalancerArns") java.util.List<String> gatewayLoadBalancerArns,
        @JsonProperty("IpAddressType") String ipAddressType,
        @JsonProperty("VpcEndpointConnectionId") String vpcEndpointConnectionId,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("VpcEndpointRegion") String vpcEndpointRegion) {
}
