// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateNetworkInsightsPathRequest(
        @JsonProperty("SourceIp") String sourceIp,
        @JsonProperty("DestinationIp") String destinationIp,
        @JsonProperty("Source") String source,
        @JsonProperty("Destination") String destination,
        @JsonProperty("Protocol") String protocol,
        @JsonProperty("DestinationPort") Integer destinationPort,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("FilterAtSource") PathRequestFilter filterAtSource,
        @JsonProperty("FilterAtDestination") PathRequestFilter filterAtDestination) {
}
