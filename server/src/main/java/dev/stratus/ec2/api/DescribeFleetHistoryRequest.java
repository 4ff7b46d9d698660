// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeFleetHistoryRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("EventType") String eventType,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("FleetId") String fleetId,
        @JsonProperty("StartTime") java.time.Instant startTime) {
}
