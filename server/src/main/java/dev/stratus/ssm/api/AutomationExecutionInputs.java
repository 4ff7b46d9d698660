// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutomationExecutionInputs(
        @JsonProperty("Parameters") java.util.Map<String, java.util.List<String>> parameters,
        @JsonProperty("TargetParameterName") String targetParameterName,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("TargetMaps") java.util.List<java.util.Map<String, java.util.List<String>>> targetMaps,
        @JsonProperty("TargetLocations") java.util.List<TargetLocation> targetLocations,
        @JsonProperty("TargetLocationsURL") String targetLocationsURL) {
}
