// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnapshotDetail(
        @JsonProperty("Description") String description,
        @JsonProperty("DeviceName") String deviceName,
        @JsonProperty("DiskImageSize") Double diskImageSize,
        @JsonProperty("Format") String format,
        @JsonProperty("Progress") String progress,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("Url") String url,
        @JsonProperty("UserBucket") UserBucketDetails userBucket) {
}
