// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Credentials(
        @JsonProperty("AccessKeyId") String accessKeyId,
        @JsonProperty("SecretAccessKey") String secretAccessKey,
        @JsonProperty("SessionToken") String sessionToken,
        @JsonProperty("ExpirationTime") java.time.Instant expirationTime) {
}
