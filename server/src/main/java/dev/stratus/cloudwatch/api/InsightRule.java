// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsightRule(
        @JsonProperty("Name") String name,
        @JsonProperty("State") String state,
        @JsonProperty("Schema") String schema,
        @JsonProperty("Definition") String definition,
        @JsonProperty("ManagedRule") Boolean managedRule,
        @JsonProperty("ApplyOnTransformedLogs") Boolean applyOnTransformedLogs) {
}
