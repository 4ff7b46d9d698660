// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyPairInfo(
        @JsonProperty("KeyPairId") String keyPairId,
        @JsonProperty("KeyType") String keyType,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("PublicKey") String publicKey,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("KeyName") String keyName,
        @JsonProperty("KeyFingerprint") String keyFingerprint) {
}
