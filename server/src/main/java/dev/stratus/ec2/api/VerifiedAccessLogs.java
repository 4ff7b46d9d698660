// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedAccessLogs(
        @JsonProperty("S3") VerifiedAccessLogS3Destination s3,
        @JsonProperty("CloudWatchLogs") VerifiedAccessLogCloudWatchLogsDestination cloudWatchLogs,
        @JsonProperty("KinesisDataFirehose") VerifiedAccessLogKinesisDataFirehoseDestination kinesisDataFirehose,
        @JsonProperty("LogVersion") String logVersion,
        @JsonProperty("IncludeTrustContext") Boolean includeTrustContext) {
}
