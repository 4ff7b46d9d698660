// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectVersion(
        @JsonProperty("ETag") String eTag,
        @JsonProperty("ChecksumAlgorithm") java.util.List<String> checksumAlgorithm,
        @JsonProperty("ChecksumType") String checksumType,
        @JsonProperty("Size") Long size,
        @JsonProperty("StorageClass") String storageClass,
        @JsonProperty("Key") String key,
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("IsLatest") Boolean isLatest,
        @JsonProperty("LastModified") java.time.Instant lastModified,
        @JsonProperty("Owner") Owner owner,
        @JsonProperty("RestoreStatus") RestoreStatus restoreStatus) {
}
