// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateChannelResponse(
        @JsonProperty("ChannelArn") String channelArn,
        @JsonProperty("Name") String name,
        @JsonProperty("Source") String source,
        @JsonProperty("Destinations") java.util.List<Destination> destinations,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
