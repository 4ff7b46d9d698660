// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3Location(
        @JsonProperty("BucketName") String bucketName,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("Encryption") Encryption encryption,
        @JsonProperty("CannedACL") String cannedACL,
        @JsonProperty("AccessControlList") java.util.List<Grant> accessControlList,
        @JsonProperty("Tagging") Tagging tagging,
        @JsonProperty("UserMetadata") java.util.List<MetadataEntry> userMetadata,
        @JsonProperty("StorageClass") String storageClass) {
}
