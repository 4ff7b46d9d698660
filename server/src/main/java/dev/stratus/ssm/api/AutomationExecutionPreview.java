// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutomationExecutionPreview(
        @JsonProperty("StepPreviews") java.util.Map<String, Integer> stepPreviews,
        @JsonProperty("Regions") java.util.List<String> regions,
        @JsonProperty("TargetPreviews") java.util.List<TargetPreview> targetPreviews,
        @JsonProperty("TotalAccounts") Integer totalAccounts) {
}
