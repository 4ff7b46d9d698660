// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutCompositeAlarmInput(
        @JsonProperty("ActionsEnabled") Boolean actionsEnabled,
        @JsonProperty("AlarmActions") java.util.List<String> alarmActions,
        @JsonProperty("AlarmDescription") String alarmDescription,
        @JsonProperty("AlarmName") String alarmName,
        @JsonProperty("AlarmRule") String alarmRule,
        @JsonProperty("InsufficientDataActions") java.util.List<String> insufficientDataActions,
        @JsonProperty("OKActions") java.util.List<String> okActions,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ActionsSuppressor") String actionsSuppressor,
        @JsonProperty("ActionsSuppressorWaitPeriod") Integer actionsSuppressorWaitPeriod,
        @JsonProperty("ActionsSuppressorExtensionPeriod") Integer actionsSuppressorExtensionPeriod) {
}
