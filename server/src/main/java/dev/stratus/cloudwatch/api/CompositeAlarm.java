// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompositeAlarm(
        @JsonProperty("ActionsEnabled") Boolean actionsEnabled,
        @JsonProperty("AlarmActions") java.util.List<String> alarmActions,
        @JsonProperty("AlarmArn") String alarmArn,
        @JsonProperty("AlarmConfigurationUpdatedTimestamp") java.time.Instant alarmConfigurationUpdatedTimestamp,
        @JsonProperty("AlarmDescription") String alarmDescription,
        @JsonProperty("AlarmName") String alarmName,
        @JsonProperty("AlarmRule") String alarmRule,
        @JsonProperty("InsufficientDataActions") java.util.List<String> insufficientDataActions,
        @JsonProperty("OKActions") java.util.List<String> okActions,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("StateReasonData") String stateReasonData,
        @JsonProperty("StateUpdatedTimestamp") java.time.Instant stateUpdatedTimestamp,
        @JsonProperty("StateValue") String stateValue,
        @JsonProperty("StateTransitionedTimestamp") java.time.Instant stateTransitionedTimestamp,
        @JsonProperty("ActionsSuppressedBy") String actionsSuppressedBy,
        @JsonProperty("ActionsSuppressedReason") String actionsSuppressedReason,
        @JsonProperty("ActionsSuppressor") String actionsSuppressor,
        @JsonProperty("ActionsSuppressorWaitPeriod") Integer actionsSuppressorWaitPeriod,
        @JsonProperty("ActionsSuppressorExtensionPeriod") Integer actionsSuppressorExtensionPeriod) {
}
