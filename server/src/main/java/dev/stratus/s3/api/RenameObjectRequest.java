// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RenameObjectRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Key") String key,
        @JsonProperty("RenameSource") String renameSource,
        @JsonProperty("DestinationIfMatch") String destinationIfMatch,
        @JsonProperty("DestinationIfNoneMatch") String destinationIfNoneMatch,
        @JsonProperty("DestinationIfModifiedSince") java.time.Instant destinationIfModifiedSince,
        @JsonProperty("DestinationIfUnmodifiedSince") java.time.Instant destinationIfUnmodifiedSince,
        @JsonProperty("SourceIfMatch") String sourceIfMatch,
        @JsonProperty("SourceIfNoneMatch") String sourceIfNoneMatch,
        @JsonProperty("SourceIfModifiedSince") java.time.Instant sourceIfModifiedSince,
        @JsonProperty("SourceIfUnmodifiedSince") java.time.Instant sourceIfUnmodifiedSince,
        @JsonProperty("ClientToken") String clientToken) {
}
