// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendCommandRequest(
        @JsonProperty("InstanceIds") java.util.List<String> instanceIds,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("DocumentName") String documentName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("DocumentHash") String documentHash,
        @JsonProperty("DocumentHashType") String documentHashType,
        @JsonProperty("TimeoutSeconds") Integer timeoutSeconds,
        @JsonProperty("Comment") String comment,
        @JsonProperty("Parameters") java.util.Map<String, java.util.List<String>> parameters,
        @JsonProperty("OutputS3Region") String outputS3Region,
        @JsonProperty("OutputS3BucketName") String outputS3BucketName,
        @JsonProperty("OutputS3KeyPrefix") String outputS3KeyPrefix,
        @JsonProperty("MaxConcurrency") String maxConcurrency,
        @JsonProperty("MaxErrors") String maxErrors,
        @JsonProperty("ServiceRoleArn") String serviceRoleArn,
        @JsonProperty("NotificationConfig") NotificationConfig notificationConfig,
        @JsonProperty("CloudWatchOutputConfig") CloudWatchOutputConfig cloudWatchOutputConfig,
        @JsonProperty("AlarmConfiguration") AlarmConfiguration alarmConfiguration) {
}
