// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListObjectVersionsOutput(
        @JsonProperty("IsTruncated") Boolean isTruncated,
        @JsonProperty("KeyMarker") String keyMarker,
        @JsonProperty("VersionIdMarker") String versionIdMarker,
        @JsonProperty("NextKeyMarker") String nextKeyMarker,
        @JsonProperty("NextVersionIdMarker") String nextVersionIdMarker,
        @JsonProperty("Versions") java.util.List<ObjectVersion> versions,
        @JsonProperty("DeleteMarkers") java.util.List<DeleteMarkerEntry> deleteMarkers,
        @JsonProperty("Name") String name,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("Delimiter") String delimiter,
        @JsonProperty("MaxKeys") Integer maxKeys,
        @JsonProperty("CommonPrefixes") java.util.List<CommonPrefix> commonPrefixes,
        @JsonProperty("EncodingType") String encodingType,
        @JsonProperty("RequestCharged") String requestCharged) {
}
