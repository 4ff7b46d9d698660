// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AliasListEntry(
        @JsonProperty("AliasName") String aliasName,
        @JsonProperty("AliasArn") String aliasArn,
        @JsonProperty("TargetKeyId") String targetKeyId,
        @JsonProperty("CreationDate") java.time.Instant creationDate,
        @JsonProperty("LastUpdatedDate") java.time.Instant lastUpdatedDate) {
}
