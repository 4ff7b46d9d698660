// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityManagerMonitoredTagKey(
        @JsonProperty("TagKey") String tagKey,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("CapacityManagerProvided") Boolean capacityManagerProvided,
        @JsonProperty("EarliestDatapointTimestamp") java.time.Instant earliestDatapointTimestamp) {
}
