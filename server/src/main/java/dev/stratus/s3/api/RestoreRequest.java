// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RestoreRequest(
        @JsonProperty("Days") Integer days,
        @JsonProperty("GlacierJobParameters") GlacierJobParameters glacierJobParameters,
        @JsonProperty("Type") String type,
        @JsonProperty("Tier") String tier,
        @JsonProperty("Description") String description,
        @JsonProperty("SelectParameters") SelectParameters selectParameters,
        @JsonProperty("OutputLocation") OutputLocation outputLocation) {
}
