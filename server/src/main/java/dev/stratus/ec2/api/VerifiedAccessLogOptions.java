// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedAccessLogOptions(
        @JsonProperty("S3") VerifiedAccessLogS3DestinationOptions s3,
        @JsonProperty("CloudWatchLogs") VerifiedAccessLogCloudWatchLogsDestinationOptions cloudWatchLogs,
        @JsonProperty("KinesisDataFirehose") VerifiedAccessLogKinesisDataFirehoseDestinationOptions kinesisDataFirehose,
        @JsonProperty("LogVersion") String logVersion,
        @JsonProperty("IncludeTrustContext") Boolean includeTrustContext) {
}
