// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeFleetHistoryResult(
        @JsonProperty("HistoryRecords") java.util.List<HistoryRecordEntry> historyRecords,
        @JsonProperty("LastEvaluatedTime") java.time.Instant lastEvaluatedTime,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("FleetId") String fleetId,
        @JsonProperty("StartTime") java.time.Instant startTime) {
}
