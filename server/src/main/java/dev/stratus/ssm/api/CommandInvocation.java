// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandInvocation(
        @JsonProperty("CommandId") String commandId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("InstanceName") String instanceName,
        @JsonProperty("Comment") String comment,
        @JsonProperty("DocumentName") String documentName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("RequestedDateTime") java.time.Instant requestedDateTime,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusDetails") String statusDetails,
        @JsonProperty("TraceOutput") String traceOutput,
        @JsonProperty("StandardOutputUrl") String standardOutputUrl,
        @JsonProperty("StandardErrorUrl") String standardErrorUrl,
        @JsonProperty("CommandPlugins") java.util.List<CommandPlugin> commandPlugins,
        @JsonProperty("ServiceRole") String serviceRole,
        @JsonProperty("NotificationConfig") NotificationConfig notificationConfig,
        @JsonProperty("CloudWatchOutputConfig") CloudWatchOutputConfig cloudWatchOutputConfig) {
}
