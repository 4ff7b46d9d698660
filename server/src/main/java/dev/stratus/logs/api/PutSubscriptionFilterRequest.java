// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutSubscriptionFilterRequest(
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("filterName") String filterName,
        @JsonProperty("filterPattern") String filterPattern,
        @JsonProperty("destinationArn") String destinationArn,
        @JsonProperty("roleArn") String roleArn,
        @JsonProperty("distribution") String distribution,
        @JsonProperty("applyOnTransformedLogs") Boolean applyOnTransformedLogs,
        @JsonProperty("fieldSelectionCriteria") String fieldSelectionCriteria,
        @JsonProperty("emitSystemFields") java.util.List<String> emitSystemFields) {
}
