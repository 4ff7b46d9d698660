// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Destination(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Account") String account,
        @JsonProperty("StorageClass") String storageClass,
        @JsonProperty("AccessControlTranslation") AccessControlTranslation accessControlTranslation,
        @JsonProperty("EncryptionConfiguration") EncryptionConfiguration encryptionConfiguration,
        @JsonProperty("ReplicationTime") ReplicationTime replicationTime,
        @JsonProperty("Metrics") Metrics metrics) {
}
