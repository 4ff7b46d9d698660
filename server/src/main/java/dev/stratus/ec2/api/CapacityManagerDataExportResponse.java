// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityManagerDataExportResponse(
        @JsonProperty("CapacityManagerDataExportId") String capacityManagerDataExportId,
        @JsonProperty("S3BucketName") String s3BucketName,
        @JsonProperty("S3BucketPrefix") String s3BucketPrefix,
        @JsonProperty("Schedule") String schedule,
        @JsonProperty("OutputFormat") String outputFormat,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("LatestDeliveryStatus") String latestDeliveryStatus,
        @JsonProperty("LatestDeliveryStatusMessage") String latestDeliveryStatusMessage,
        @JsonProperty("LatestDeliveryS3LocationUri") String latestDeliveryS3LocationUri,
        @JsonProperty("LatestDeliveryTime") java.time.Instant latestDeliveryTime,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
