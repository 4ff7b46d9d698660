// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalGatewayVirtualInterface(
        @JsonProperty("LocalGatewayVirtualInterfaceId") String localGatewayVirtualInterfaceId,
        @JsonProperty("LocalGatewayId") String localGatewayId,
        @JsonProperty("LocalGatewayVirtualInterfaceGroupId") String localGatewayVirtualInterfaceGroupId,
        @JsonProperty("LocalGatewayVirtualInterfaceArn") String localGatewayVirtualInterfaceArn,
        @JsonProperty("OutpostLagId") String outpostLagId,
        @JsonProperty("Vlan") Integer vlan,
        @JsonProperty("LocalAddress") String localAddress,
        @JsonProperty("PeerAddress") String peerAddress,
        @JsonProperty("LocalBgpAsn") Integer localBgpAsn,
        @JsonProperty("PeerBgpAsn") Integer peerBgpAsn,
        @JsonProperty("PeerBgpAsnExtended") Long peerBgpAsnExtended,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ConfigurationState") String configurationState) {
}
