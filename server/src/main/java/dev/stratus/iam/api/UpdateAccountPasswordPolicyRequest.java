// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateAccountPasswordPolicyRequest(
        @JsonProperty("MinimumPasswordLength") Integer minimumPasswordLength,
        @JsonProperty("RequireSymbols") Boolean requireSymbols,
        @JsonProperty("RequireNumbers") Boolean requireNumbers,
        @JsonProperty("RequireUppercaseCharacters") Boolean requireUppercaseCharacters,
        @JsonProperty("RequireLowercaseCharacters") Boolean requireLowercaseCharacters,
        @JsonProperty("AllowUsersToChangePassword") Boolean allowUsersToChangePassword,
        @JsonProperty("MaxPasswordAge") Integer maxPasswordAge,
        @JsonProperty("PasswordReusePrevention") Integer passwordReusePrevention,
        @JsonProperty("HardExpiry") Boolean hardExpiry) {
}
