// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetRandomPasswordRequest(
        @JsonProperty("PasswordLength") Long passwordLength,
        @JsonProperty("ExcludeCharacters") String excludeCharacters,
        @JsonProperty("ExcludeNumbers") Boolean excludeNumbers,
        @JsonProperty("ExcludePunctuation") Boolean excludePunctuation,
        @JsonProperty("ExcludeUppercase") Boolean excludeUppercase,
        @JsonProperty("ExcludeLowercase") Boolean excludeLowercase,
        @JsonProperty("IncludeSpace") Boolean includeSpace,
        @JsonProperty("RequireEachIncludedType") Boolean requireEachIncludedType) {
}
