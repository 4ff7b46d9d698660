// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceConfiguration(
        @JsonProperty("ServiceType") java.util.List<ServiceTypeDetail> serviceType,
        @JsonProperty("ServiceId") String serviceId,
        @JsonProperty("ServiceName") String serviceName,
        @JsonProperty("ServiceState") String serviceState,
        @JsonProperty("AvailabilityZoneIds") java.util.List<String> availabilityZoneIds,
        @JsonProperty("AvailabilityZones") java.util.List<String> availabilityZones,
        @JsonProperty("AcceptanceRequired") Boolean acceptanceRequired,
        @JsonProperty("ManagesVpcEndpoints") Boolean managesVpcEndpoints,
        @JsonProperty("NetworkLoadBalancerArns") java.util.List<String> networkLoadBalancerArns,
        @JsonProperty("GatewayLoadBalancerArns") java.util.List<String> gatewayLoadBalancerArns,
        @JsonProperty("SupportedIpAddressTypes") java.util.List<String> supportedIpAddressTypes,
        @JsonProperty("BaseEndpointDnsNames") java.util.List<String> baseEndpointDnsNames,
        @JsonProperty("PrivateDnsName") String privateDnsName,
        @JsonProperty("PrivateDnsNameConfiguration") PrivateDnsNameConfiguration privateDnsNameConfiguration,
        @JsonProperty("PayerResponsibility") String payerResponsibility,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("SupportedRegions") java.util.List<SupportedRegionDetail> supportedRegions,
        @JsonProperty("RemoteAccessEnabled") Boolean remoteAccessEnabled) {
}
