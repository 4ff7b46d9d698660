// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTrafficMirrorSessionRequest(
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("TrafficMirrorTargetId") String trafficMirrorTargetId,
        @JsonProperty("TrafficMirrorFilterId") String trafficMirrorFilterId,
        @JsonProperty("PacketLength") Integer packetLength,
        @JsonProperty("SessionNumber") Integer sessionNumber,
        @JsonProperty("VirtualNetworkId") Integer virtualNetworkId,
        @JsonProperty("Description") String description,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ClientToken") String clientToken) {
}
