// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamDiscoveredPublicAddress(
        @JsonProperty("IpamResourceDiscoveryId") String ipamResourceDiscoveryId,
        @JsonProperty("AddressRegion") String addressRegion,
        @JsonProperty("Address") String address,
        @JsonProperty("AddressOwnerId") String addressOwnerId,
        @JsonProperty("AddressAllocationId") String addressAllocationId,
        @JsonProperty("AssociationStatus") String associationStatus,
        @JsonProperty("AddressType") String addressType,
        @JsonProperty("Service") String service,
        @JsonProperty("ServiceResource") String serviceResource,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("PublicIpv4PoolId") String publicIpv4PoolId,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("NetworkInterfaceDescription") String networkInterfaceDescription,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("Tags") IpamPublicAddressTags tags,
        @JsonProperty("NetworkBorderGroup") String networkBorderGroup,
        @JsonProperty("SecurityGroups") java.util.List<IpamPublicAddressSecurityGroup> securityGroups,
        @JsonProperty("SampleTime") java.time.Instant sampleTime) {
}
