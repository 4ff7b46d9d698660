// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceLinkVirtualInterface(
        @JsonProperty("ServiceLinkVirtualInterfaceId") String serviceLinkVirtualInterfaceId,
        @JsonProperty("ServiceLinkVirtualInterfaceArn") String serviceLinkVirtualInterfaceArn,
        @JsonProperty("OutpostId") String outpostId,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("LocalAddress") String localAddress,
        @JsonProperty("PeerAddress") String peerAddress,
        @JsonProperty("PeerBgpAsn") Long peerBgpAsn,
        @JsonProperty("Vlan") Integer vlan,
        @JsonProperty("OutpostLagId") String outpostLagId,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ConfigurationState") String configurationState) {
}
