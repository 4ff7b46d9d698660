// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListSecretsResponse(
        @JsonProperty("SecretList") java.util.List<SecretListEntry> secretList,
        @JsonProperty("NextToken") String nextToken) {
}
