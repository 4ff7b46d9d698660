// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateLocalGatewayVirtualInterfaceRequest(
        @JsonProperty("LocalGatewayVirtualInterfaceGroupId") String localGatewayVirtualInterfaceGroupId,
        @JsonProperty("OutpostLagId") String outpostLagId,
        @JsonProperty("Vlan") Integer vlan,
        @JsonProperty("LocalAddress") String localAddress,
        @JsonProperty("PeerAddress") String peerAddress,
        @JsonProperty("PeerBgpAsn") Integer peerBgpAsn,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("PeerBgpAsnExtended") Long peerBgpAsnExtended) {
}
