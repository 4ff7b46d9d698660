// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MultipartUpload(
        @JsonProperty("UploadId") String uploadId,
        @JsonProperty("Key") String key,
        @JsonProperty("Initiated") java.time.Instant initiated,
        @JsonProperty("StorageClass") String storageClass,
        @JsonProperty("Owner") Owner owner,
        @JsonProperty("Initiator") Initiator initiator,
        @JsonProperty("ChecksumAlgorithm") String checksumAlgorithm,
        @JsonProperty("ChecksumType") String checksumType) {
}
