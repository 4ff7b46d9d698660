// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteServerPeer(
        @JsonProperty("RouteServerPeerId") String routeServerPeerId,
        @JsonProperty("RouteServerEndpointId") String routeServerEndpointId,
        @JsonProperty("RouteServerId") String routeServerId,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("State") String state,
        @JsonProperty("FailureReason") String failureReason,
        @JsonProperty("EndpointEniId") String endpointEniId,
        @JsonProperty("EndpointEniAddress") String endpointEniAddress,
        @JsonProperty("PeerAddress") String peerAddress,
        @JsonProperty("BgpOptions") RouteServerBgpOptions bgpOptions,
        @JsonProperty("BgpStatus") RouteServerBgpStatus bgpStatus,
        @JsonProperty("BfdStatus") RouteServerBfdStatus bfdStatus,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
