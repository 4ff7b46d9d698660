// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetLocation(
        @JsonProperty("Accounts") java.util.List<String> accounts,
        @JsonProperty("Regions") java.util.List<String> regions,
        @JsonProperty("TargetLocationMaxConcurrency") String targetLocationMaxConcurrency,
        @JsonProperty("TargetLocationMaxErrors") String targetLocationMaxErrors,
        @JsonProperty("ExecutionRoleName") String executionRoleName,
        @JsonProperty("TargetLocationAlarmConfiguration") AlarmConfiguration targetLocationAlarmConfiguration,
        @JsonProperty("IncludeChildOrganizationUnits") Boolean includeChildOrganizationUnits,
        @JsonProperty("ExcludeAccounts") java.util.List<String> excludeAccounts,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("TargetsMaxConcurrency") String targetsMaxConcurrency,
        @JsonProperty("TargetsMaxErrors") String targetsMaxErrors) {
}
