// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutAlarmMuteRuleInput(
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("Rule") Rule rule,
        @JsonProperty("MuteTargets") MuteTargets muteTargets,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("ExpireDate") java.time.Instant expireDate) {
}
