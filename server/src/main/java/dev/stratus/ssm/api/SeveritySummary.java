// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeveritySummary(
        @JsonProperty("CriticalCount") Integer criticalCount,
        @JsonProperty("HighCount") Integer highCount,
        @JsonProperty("MediumCount") Integer mediumCount,
        @JsonProperty("LowCount") Integer lowCount,
        @JsonProperty("InformationalCount") Integer informationalCount,
        @JsonProperty("UnspecifiedCount") Integer unspecifiedCount) {
}
