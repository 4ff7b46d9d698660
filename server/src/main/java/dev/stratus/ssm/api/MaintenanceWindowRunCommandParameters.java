// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceWindowRunCommandParameters(
        @JsonProperty("Comment") String comment,
        @JsonProperty("CloudWatchOutputConfig") CloudWatchOutputConfig cloudWatchOutputConfig,
        @JsonProperty("DocumentHash") String documentHash,
        @JsonProperty("DocumentHashType") String documentHashType,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("NotificationConfig") NotificationConfig notificationConfig,
        @JsonProperty("OutputS3BucketName") String outputS3BucketName,
        @JsonProperty("OutputS3KeyPrefix") String outputS3KeyPrefix,
        @JsonProperty("Parameters") java.util.Map<String, java.util.List<String>> parameters,
        @JsonProperty("ServiceRoleArn") String serviceRoleArn,
        @JsonProperty("TimeoutSeconds") Integer timeoutSeconds) {
}
