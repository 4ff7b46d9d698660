// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateResourceDataSyncRequest(
        @JsonProperty("SyncName") String syncName,
        @JsonProperty("S3Destination") ResourceDataSyncS3Destination s3Destination,
        @JsonProperty("SyncType") String syncType,
        @JsonProperty("SyncSource") ResourceDataSyncSource syncSource) {
}
