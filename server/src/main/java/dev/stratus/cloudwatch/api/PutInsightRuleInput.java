// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutInsightRuleInput(
        @JsonProperty("RuleName") String ruleName,
        @JsonProperty("RuleState") String ruleState,
        @JsonProperty("RuleDefinition") String ruleDefinition,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ApplyOnTransformedLogs") Boolean applyOnTransformedLogs) {
}
