// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PacketHeaderStatement(
        @JsonProperty("SourceAddresses") java.util.List<String> sourceAddresses,
        @JsonProperty("DestinationAddresses") java.util.List<String> destinationAddresses,
        @JsonProperty("SourcePorts") java.util.List<String> sourcePorts,
        @JsonProperty("DestinationPorts") java.util.List<String> destinationPorts,
        @JsonProperty("SourcePrefixLists") java.util.List<String> sourcePrefixLists,
        @JsonProperty("DestinationPrefixLists") java.util.List<String> destinationPrefixLists,
        @JsonProperty("Protocols") java.util.List<String> protocols) {
}
