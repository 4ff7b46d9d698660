// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceDataSyncS3Destination(
        @JsonProperty("BucketName") String bucketName,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("SyncFormat") String syncFormat,
        @JsonProperty("Region") String region,
        @JsonProperty("AWSKMSKeyARN") String awskmsKeyARN,
        @JsonProperty("DestinationDataSharing") ResourceDataSyncDestinationDataSharing destinationDataSharing) {
}
