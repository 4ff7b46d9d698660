// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayRouteTableAnnouncement(
        @JsonProperty("TransitGatewayRouteTableAnnouncementId") String transitGatewayRouteTableAnnouncementId,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("CoreNetworkId") String coreNetworkId,
        @JsonProperty("PeerTransitGatewayId") String peerTransitGatewayId,
        @JsonProperty("PeerCoreNetworkId") String peerCoreNetworkId,
        @JsonProperty("PeeringAttachmentId") String peeringAttachmentId,
        @JsonProperty("AnnouncementDirection") String announcementDirection,
        @JsonProperty("TransitGatewayRouteTableId") String transitGatewayRouteTableId,
        @JsonProperty("State") String state,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
