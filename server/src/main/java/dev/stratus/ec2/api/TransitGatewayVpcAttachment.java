// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayVpcAttachment(
        @JsonProperty("TransitGatewayAttachmentId") String transitGatewayAttachmentId,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("VpcOwnerId") String vpcOwnerId,
        @JsonProperty("State") String state,
        @JsonProperty("SubnetIds") java.util.List<String> subnetIds,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("Options") TransitGatewayVpcAttachmentOptions options,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
