// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayConnectPeerConfiguration(
        @JsonProperty("TransitGatewayAddress") String transitGatewayAddress,
        @JsonProperty("PeerAddress") String peerAddress,
        @JsonProperty("InsideCidrBlocks") java.util.List<String> insideCidrBlocks,
        @JsonProperty("Protocol") String protocol,
        @JsonProperty("BgpConfigurations") java.util.List<TransitGatewayAttachmentBgpConfiguration> bgpConfigurations) {
}
