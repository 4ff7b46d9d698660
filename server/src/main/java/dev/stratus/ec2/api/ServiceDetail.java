// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceDetail(
        @JsonProperty("ServiceName") String serviceName,
        @JsonProperty("ServiceId") String serviceId,
        @JsonProperty("ServiceType") java.util.List<ServiceTypeDetail> serviceType,
        @JsonProperty("ServiceRegion") String serviceRegion,
        @JsonProperty("AvailabilityZoneIds") java.util.List<String> availabilityZoneIds,
        @JsonProperty("AvailabilityZones") java.util.List<String> availabilityZones,
        @JsonProperty("Owner") String owner,
        @JsonProperty("BaseEndpointDnsNames") java.util.List<String> baseEndpointDnsNames,
        @JsonProperty("PrivateDnsName") String privateDnsName,
        @JsonProperty("PrivateDnsNames") java.util.List<PrivateDnsDetails> privateDnsNames,
        @JsonProperty("VpcEndpointPolicySupported") Boolean vpcEndpointPolicySupported,
        @JsonProperty("AcceptanceRequired") Boolean acceptanceRequired,
        @JsonProperty("ManagesVpcEndpoints") Boolean managesVpcEndpoints,
        @JsonProperty("PayerResponsibility") String payerResponsibility,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("PrivateDnsNameVerificationState") String privateDnsNameVerificationState,
        @JsonProperty("SupportedIpAddressTypes") java.util.List<String> supportedIpAddressTypes) {
}
