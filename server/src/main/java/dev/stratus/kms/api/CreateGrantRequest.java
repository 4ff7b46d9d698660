// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateGrantRequest(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("GranteePrincipal") String granteePrincipal,
        @JsonProperty("RetiringPrincipal") String retiringPrincipal,
        @JsonProperty("Operations") java.util.List<String> operations,
        @JsonProperty("Constraints") GrantConstraints constraints,
        @JsonProperty("GrantTokens") java.util.List<String> grantTokens,
        @JsonProperty("Name") String name,
        @JsonProperty("DryRun") Boolean dryRun) {
}
