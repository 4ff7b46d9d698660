// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParameterHistory(
        @JsonProperty("Name") String name,
        @JsonProperty("Type") String type,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("LastModifiedDate") java.time.Instant lastModifiedDate,
        @JsonProperty("LastModifiedUser") String lastModifiedUser,
        @JsonProperty("Description") String description,
        @JsonProperty("Value") String value,
        @JsonProperty("AllowedPattern") String allowedPattern,
        @JsonProperty("Version") Long version,
        @JsonProperty("Labels") java.util.List<String> labels,
        @JsonProperty("Tier") String tier,
        @JsonProperty("Policies") java.util.List<ParameterInlinePolicy> policies,
        @JsonProperty("DataType") String dataType) {
}
