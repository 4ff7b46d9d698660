// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayMeteringPolicyRule(
        @JsonProperty("SourceTransitGatewayAttachmentId") String sourceTransitGatewayAttachmentId,
        @JsonProperty("SourceTransitGatewayAttachmentType") String sourceTransitGatewayAttachmentType,
        @JsonProperty("SourceCidrBlock") String sourceCidrBlock,
        @JsonProperty("SourcePortRange") String sourcePortRange,
        @JsonProperty("DestinationTransitGatewayAttachmentId") String destinationTransitGatewayAttachmentId,
        @JsonProperty("DestinationTransitGatewayAttachmentType") String destinationTransitGatewayAttachmentType,
        @JsonProperty("DestinationCidrBlock") String destinationCidrBlock,
        @JsonProperty("DestinationPortRange") String destinationPortRange,
        @JsonProperty("Protocol") String protocol) {
}
