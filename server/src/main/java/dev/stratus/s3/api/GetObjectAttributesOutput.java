// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetObjectAttributesOutput(
        @JsonProperty("DeleteMarker") Boolean deleteMarker,
        @JsonProperty("LastModified") java.time.Instant lastModified,
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("RequestCharged") String requestCharged,
        @JsonProperty("ETag") String eTag,
        @JsonProperty("Checksum") Checksum checksum,
        @JsonProperty("ObjectParts") GetObjectAttributesParts objectParts,
        @JsonProperty("StorageClass") String storageClass,
        @JsonProperty("ObjectSize") Long objectSize) {
}
