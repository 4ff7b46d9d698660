// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListAlarmMuteRulesInput(
        @JsonProperty("AlarmName") String alarmName,
        @JsonProperty("Statuses") java.util.List<String> statuses,
        @JsonProperty("MaxRecords") Integer maxRecords,
        @JsonProperty("NextToken") String nextToken) {
}
