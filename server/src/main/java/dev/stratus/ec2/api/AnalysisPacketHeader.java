// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisPacketHeader(
        @JsonProperty("DestinationAddresses") java.util.List<String> destinationAddresses,
        @JsonProperty("DestinationPortRanges") java.util.List<PortRange> destinationPortRanges,
        @JsonProperty("Protocol") String protocol,
        @JsonProperty("SourceAddresses") java.util.List<String> sourceAddresses,
        @JsonProperty("SourcePortRanges") java.util.List<PortRange> sourcePortRanges) {
}
