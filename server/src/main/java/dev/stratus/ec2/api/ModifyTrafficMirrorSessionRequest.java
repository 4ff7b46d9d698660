// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyTrafficMirrorSessionRequest(
        @JsonProperty("TrafficMirrorSessionId") String trafficMirrorSessionId,
        @JsonProperty("TrafficMirrorTargetId") String trafficMirrorTargetId,
        @JsonProperty("TrafficMirrorFilterId") String trafficMirrorFilterId,
        @JsonProperty("PacketLength") Integer packetLength,
        @JsonProperty("SessionNumber") Integer sessionNumber,
        @JsonProperty("VirtualNetworkId") Integer virtualNetworkId,
        @JsonProperty("Description") String description,
        @JsonProperty("RemoveFields") java.util.List<String> removeFields,
        @JsonProperty("DryRun") Boolean dryRun) {
}
