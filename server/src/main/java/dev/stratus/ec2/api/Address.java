// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Address(
        @JsonProperty("AllocationId") String allocationId,
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("Domain") String domain,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("NetworkInterfaceOwnerId") String networkInterfaceOwnerId,
        @JsonProperty("PrivateIpAddress") String privateIpAddress,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("PublicIpv4Pool") String publicIpv4Pool,
        @JsonProperty("NetworkBorderGroup") String networkBorderGroup,
        @JsonProperty("CustomerOwnedIp") String customerOwnedIp,
        @JsonProperty("CustomerOwnedIpv4Pool") String customerOwnedIpv4Pool,
        @JsonProperty("CarrierIp") String carrierIp,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("ServiceManaged") String serviceManaged,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("PublicIp") String publicIp) {
}
