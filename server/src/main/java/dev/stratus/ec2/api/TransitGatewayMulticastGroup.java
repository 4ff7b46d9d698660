// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayMulticastGroup(
        @JsonProperty("GroupIpAddress") String groupIpAddress,
        @JsonProperty("TransitGatewayAttachmentId") String transitGatewayAttachmentId,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("ResourceOwnerId") String resourceOwnerId,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("GroupMember") Boolean groupMember,
        @JsonProperty("GroupSource") Boolean groupSource,
        @JsonProperty("MemberType") String memberType,
        @JsonProperty("SourceType") String sourceType) {
}
