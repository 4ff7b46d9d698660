// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateTrailRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("S3BucketName") String s3BucketName,
        @JsonProperty("S3KeyPrefix") String s3KeyPrefix,
        @JsonProperty("SnsTopicName") String snsTopicName,
        @JsonProperty("IncludeGlobalServiceEvents") Boolean includeGlobalServiceEvents,
        @JsonProperty("IsMultiRegionTrail") Boolean isMultiRegionTrail,
        @JsonProperty("EnableLogFileValidation") Boolean enableLogFileValidation,
        @JsonProperty("CloudWatchLogsLogGroupArn") String cloudWatchLogsLogGroupArn,
        @JsonProperty("CloudWatchLogsRoleArn") String cloudWatchLogsRoleArn,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("IsOrganizationTrail") Boolean isOrganizationTrail) {
}
