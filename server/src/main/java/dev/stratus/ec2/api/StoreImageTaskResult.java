// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoreImageTaskResult(
        @JsonProperty("AmiId") String amiId,
        @JsonProperty("TaskStartTime") java.time.Instant taskStartTime,
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("S3objectKey") String s3objectKey,
        @JsonProperty("ProgressPercentage") Integer progressPercentage,
        @JsonProperty("StoreTaskState") String storeTaskState,
        @JsonProperty("StoreTaskFailureReason") String storeTaskFailureReason) {
}
