// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListObjectsV2Request(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Delimiter") String delimiter,
        @JsonProperty("EncodingType") String encodingType,
        @JsonProperty("MaxKeys") Integer maxKeys,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("ContinuationToken") String continuationToken,
        @JsonProperty("FetchOwner") Boolean fetchOwner,
        @JsonProperty("StartAfter") String startAfter,
        @JsonProperty("RequestPayer") String requestPayer,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner,
        @JsonProperty("OptionalObjectAttributes") java.util.List<String> optionalObjectAttributes) {
}
