// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkInsightsPath(
        @JsonProperty("NetworkInsightsPathId") String networkInsightsPathId,
        @JsonProperty("NetworkInsightsPathArn") String networkInsightsPathArn,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("Source") String source,
        @JsonProperty("Destination") String destination,
        @JsonProperty("SourceArn") String sourceArn,
        @JsonProperty("DestinationArn") String destinationArn,
        @JsonProperty("SourceIp") String sourceIp,
        @JsonProperty("DestinationIp") String destinationIp,
        @JsonProperty("Protocol") String protocol,
        @JsonProperty("DestinationPort") Integer destinationPort,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("FilterAtSource") PathFilter filterAtSource,
        @JsonProperty("FilterAtDestination") PathFilter filterAtDestination) {
}
