// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectShape(
        @JsonProperty("Key") String key,
        @JsonProperty("LastModified") java.time.Instant lastModified,
        @JsonProperty("ETag") String eTag,
        @JsonProperty("ChecksumAlgorithm") java.util.List<String> checksumAlgorithm,
        @JsonProperty("ChecksumType") String checksumType,
        @JsonProperty("Size") Long size,
        @JsonProperty("StorageClass") String storageClass,
        @JsonProperty("Owner") Owner owner,
        @JsonProperty("RestoreStatus") RestoreStatus restoreStatus) {
}
