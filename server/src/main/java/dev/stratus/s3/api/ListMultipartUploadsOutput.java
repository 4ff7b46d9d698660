// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListMultipartUploadsOutput(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("KeyMarker") String keyMarker,
        @JsonProperty("UploadIdMarker") String uploadIdMarker,
        @JsonProperty("NextKeyMarker") String nextKeyMarker,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("Delimiter") String delimiter,
        @JsonProperty("NextUploadIdMarker") String nextUploadIdMarker,
        @JsonProperty("MaxUploads") Integer maxUploads,
        @JsonProperty("IsTruncated") Boolean isTruncated,
        @JsonProperty("Uploads") java.util.List<MultipartUpload> uploads,
        @JsonProperty("CommonPrefixes") java.util.List<CommonPrefix> commonPrefixes,
        @JsonProperty("EncodingType") String encodingType,
        @JsonProperty("RequestCharged") String requestCharged) {
}
