// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlarmHistoryItem(
        @JsonProperty("AlarmName") String alarmName,
        @JsonProperty("AlarmContributorId") String alarmContributorId,
        @JsonProperty("AlarmType") String alarmType,
        @JsonProperty("Timestamp") java.time.Instant timestamp,
        @JsonProperty("HistoryItemType") String historyItemType,
        @JsonProperty("HistorySummary") String historySummary,
        @JsonProperty("HistoryData") String historyData,
        @JsonProperty("AlarmContributorAttributes") java.util.Map<String, String> alarmContributorAttributes) {
}
