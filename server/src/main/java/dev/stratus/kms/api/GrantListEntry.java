// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrantListEntry(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("GrantId") String grantId,
        @JsonProperty("Name") String name,
        @JsonProperty("CreationDate") java.time.Instant creationDate,
        @JsonProperty("GranteePrincipal") String granteePrincipal,
        @JsonProperty("RetiringPrincipal") String retiringPrincipal,
        @JsonProperty("IssuingAccount") String issuingAccount,
        @JsonProperty("Operations") java.util.List<String> operations,
        @JsonProperty("Constraints") GrantConstraints constraints) {
}
