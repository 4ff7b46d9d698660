// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trail(
        @JsonProperty("Name") String name,
        @JsonProperty("S3BucketName") String s3BucketName,
        @JsonProperty("S3KeyPrefix") String s3KeyPrefix,
        @JsonProperty("SnsTopicName") String snsTopicName,
        @JsonProperty("SnsTopicARN") String snsTopicARN,
        @JsonProperty("IncludeGlobalServiceEvents") Boolean includeGlobalServiceEvents,
        @JsonProperty("IsMultiRegionTrail") Boolean isMultiRegionTrail,
        @JsonProperty("HomeRegion") String homeRegion,
        @JsonProperty("TrailARN") String trailARN,
        @JsonProperty("LogFileValidationEnabled") Boolean logFileValidationEnabled,
        @JsonProperty("CloudWatchLogsLogGroupArn") String cloudWatchLogsLogGroupArn,
        @JsonProperty("CloudWatchLogsRoleArn") String cloudWatchLogsRoleArn,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("HasCustomEventSelectors") Boolean hasCustomEventSelectors,
        @JsonProperty("HasInsightSelectors") Boolean hasInsightSelectors,
        @JsonProperty("IsOrganizationTrail") Boolean isOrganizationTrail) {
}
