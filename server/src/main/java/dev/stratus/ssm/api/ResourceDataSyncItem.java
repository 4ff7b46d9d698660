// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceDataSyncItem(
        @JsonProperty("SyncName") String syncName,
        @JsonProperty("SyncType") String syncType,
        @JsonProperty("SyncSource") ResourceDataSyncSourceWithState syncSource,
        @JsonProperty("S3Destination") ResourceDataSyncS3Destination s3Destination,
        @JsonProperty("LastSyncTime") java.time.Instant lastSyncTime,
        @JsonProperty("LastSuccessfulSyncTime") java.time.Instant lastSuccessfulSyncTime,
        @JsonProperty("SyncLastModifiedTime") java.time.Instant syncLastModifiedTime,
        @JsonProperty("LastStatus") String lastStatus,
        @JsonProperty("SyncCreatedTime") java.time.Instant syncCreatedTime,
        @JsonProperty("LastSyncStatusMessage") String lastSyncStatusMessage) {
}
