// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateSecretRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("ClientRequestToken") String clientRequestToken,
        @JsonProperty("Description") String description,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("SecretBinary") byte[] secretBinary,
        @JsonProperty("SecretString") String secretString,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("AddReplicaRegions") java.util.List<ReplicaRegionType> addReplicaRegions,
        @JsonProperty("ForceOverwriteReplicaSecret") Boolean forceOverwriteReplicaSecret,
        @JsonProperty("Type") String type) {
}
