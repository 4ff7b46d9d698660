// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RotateSecretRequest(
        @JsonProperty("SecretId") String secretId,
        @JsonProperty("ClientRequestToken") String clientRequestToken,
        @JsonProperty("RotationLambdaARN") String rotationLambdaARN,
        @JsonProperty("RotationRules") RotationRulesType rotationRules,
        @JsonProperty("ExternalSecretRotationMetadata") java.util.List<ExternalSecretRotationMetadataItem> externalSecretRotationMetadata,
        @JsonProperty("ExternalSecretRotationRoleArn") String externalSecretRotationRoleArn,
        @JsonProperty("RotateImmediately") Boolean rotateImmediately) {
}
