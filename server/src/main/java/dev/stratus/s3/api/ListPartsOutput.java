// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListPartsOutput(
        @JsonProperty("AbortDate") java.time.Instant abortDate,
        @JsonProperty("AbortRuleId") String abortRuleId,
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Key") String key,
        @JsonProperty("UploadId") String uploadId,
        @JsonProperty("PartNumberMarker") Integer partNumberMarker,
        @JsonProperty("NextPartNumberMarker") Integer nextPartNumberMarker,
        @JsonProperty("MaxParts") Integer maxParts,
        @JsonProperty("IsTruncated") Boolean isTruncated,
        @JsonProperty("Parts") java.util.List<Part> parts,
        @JsonProperty("Initiator") Initiator initiator,
        @JsonProperty("Owner") Owner owner,
        @JsonProperty("StorageClass") String storageClass,
        @JsonProperty("RequestCharged") String requestCharged,
        @JsonProperty("ChecksumAlgorithm") String checksumAlgorithm,
        @JsonProperty("ChecksumType") String checksumType) {
}
