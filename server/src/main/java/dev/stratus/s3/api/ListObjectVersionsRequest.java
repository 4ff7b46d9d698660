// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListObjectVersionsRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Delimiter") String delimiter,
        @JsonProperty("EncodingType") String encodingType,
        @JsonProperty("KeyMarker") String keyMarker,
        @JsonProperty("MaxKeys") Integer maxKeys,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("VersionIdMarker") String versionIdMarker,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner,
        @JsonProperty("RequestPayer") String requestPayer,
        @JsonProperty("OptionalObjectAttributes") java.util.List<String> optionalObjectAttributes) {
}
