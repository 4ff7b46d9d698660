// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAlarmMuteRuleOutput(
        @JsonProperty("Name") String name,
        @JsonProperty("AlarmMuteRuleArn") String alarmMuteRuleArn,
        @JsonProperty("Description") String description,
        @JsonProperty("Rule") Rule rule,
        @JsonProperty("MuteTargets") MuteTargets muteTargets,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("ExpireDate") java.time.Instant expireDate,
        @JsonProperty("Status") String status,
        @JsonProperty("LastUpdatedTimestamp") java.time.Instant lastUpdatedTimestamp,
        @JsonProperty("MuteType") String muteType) {
}
