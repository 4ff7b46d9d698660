// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamResourceCidr(
        @JsonProperty("IpamId") String ipamId,
        @JsonProperty("IpamScopeId") String ipamScopeId,
        @JsonProperty("IpamPoolId") String ipamPoolId,
        @JsonProperty("ResourceRegion") String resourceRegion,
        @JsonProperty("ResourceOwnerId") String resourceOwnerId,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceName") String resourceName,
        @JsonProperty("ResourceCidr") String resourceCidr,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ResourceTags") java.util.List<IpamResourceTag> resourceTags,
        @JsonProperty("IpUsage") Double ipUsage,
        @JsonProperty("ComplianceStatus") String complianceStatus,
        @JsonProperty("ManagementState") String managementState,
        @JsonProperty("OverlapStatus") String overlapStatus,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId) {
}
