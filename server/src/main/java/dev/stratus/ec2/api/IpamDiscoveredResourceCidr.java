// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamDiscoveredResourceCidr(
        @JsonProperty("IpamResourceDiscoveryId") String ipamResourceDiscoveryId,
        @JsonProperty("ResourceRegion") String resourceRegion,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceOwnerId") String resourceOwnerId,
        @JsonProperty("ResourceCidr") String resourceCidr,
        @JsonProperty("IpSource") String ipSource,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ResourceTags") java.util.List<IpamResourceTag> resourceTags,
        @JsonProperty("IpUsage") Double ipUsage,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("NetworkInterfaceAttachmentStatus") String networkInterfaceAttachmentStatus,
        @JsonProperty("SampleTime") java.time.Instant sampleTime,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId) {
}
