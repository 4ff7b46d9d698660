// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamAddressHistoryRecord(
        @JsonProperty("ResourceOwnerId") String resourceOwnerId,
        @JsonProperty("ResourceRegion") String resourceRegion,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceCidr") String resourceCidr,
        @JsonProperty("ResourceName") String resourceName,
        @JsonProperty("ResourceComplianceStatus") String resourceComplianceStatus,
        @JsonProperty("ResourceOverlapStatus") String resourceOverlapStatus,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("SampledStartTime") java.time.Instant sampledStartTime,
        @JsonProperty("SampledEndTime") java.time.Instant sampledEndTime) {
}
