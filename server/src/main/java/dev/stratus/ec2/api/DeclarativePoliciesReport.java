// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeclarativePoliciesReport(
        @JsonProperty("ReportId") String reportId,
        @JsonProperty("S3Bucket") String s3Bucket,
        @JsonProperty("S3Prefix") String s3Prefix,
        @JsonProperty("TargetId") String targetId,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("Status") String status,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
