// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListObjectsOutput(
        @JsonProperty("IsTruncated") Boolean isTruncated,
        @JsonProperty("Marker") String marker,
        @JsonProperty("NextMarker") String nextMarker,
        @JsonProperty("Contents") java.util.List<ObjectShape> contents,
        @JsonProperty("Name") String name,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("Delimiter") String delimiter,
        @JsonProperty("MaxKeys") Integer maxKeys,
        @JsonProperty("CommonPrefixes") java.util.List<CommonPrefix> commonPrefixes,
        @JsonProperty("EncodingType") String encodingType,
        @JsonProperty("RequestCharged") String requestCharged) {
}
