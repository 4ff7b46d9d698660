// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlarmMuteRuleSummary(
        @JsonProperty("AlarmMuteRuleArn") String alarmMuteRuleArn,
        @JsonProperty("ExpireDate") java.time.Instant expireDate,
        @JsonProperty("Status") String status,
        @JsonProperty("MuteType") String muteType,
        @JsonProperty("LastUpdatedTimestamp") java.time.Instant lastUpdatedTimestamp) {
}
