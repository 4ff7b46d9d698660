// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeAlarmHistoryInput(
        @JsonProperty("AlarmName") String alarmName,
        @JsonProperty("AlarmContributorId") String alarmContributorId,
        @JsonProperty("AlarmTypes") java.util.List<String> alarmTypes,
        @JsonProperty("HistoryItemType") String historyItemType,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("MaxRecords") Integer maxRecords,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("ScanBy") String scanBy) {
}
