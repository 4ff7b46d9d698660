// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ec2InstanceConnectEndpoint(
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("InstanceConnectEndpointId") String instanceConnectEndpointId,
        @JsonProperty("InstanceConnectEndpointArn") String instanceConnectEndpointArn,
        @JsonProperty("State") String state,
        @JsonProperty("StateMessage") String stateMessage,
        @JsonProperty("DnsName") String dnsName,
        @JsonProperty("FipsDnsName") String fipsDnsName,
        @JsonProperty("NetworkInterfaceIds") java.util.List<String> networkInterfaceIds,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("CreatedAt") java.time.Instant createdAt,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("PreserveClientIp") Boolean preserveClientIp,
        @JsonProperty("SecurityGroupIds") java.util.List<String> securityGroupIds,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("IpAddressType") String ipAddressType,
        @JsonProperty("PublicDnsNames") InstanceConnectEndpointPublicDnsNames publicDnsNames,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId) {
}
