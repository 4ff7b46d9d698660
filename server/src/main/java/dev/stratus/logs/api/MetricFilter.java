// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricFilter(
        @JsonProperty("filterName") String filterName,
        @JsonProperty("filterPattern") String filterPattern,
        @JsonProperty("metricTransformations") java.util.List<MetricTransformation> metricTransformations,
        @JsonProperty("creationTime") Long creationTime,
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("applyOnTransformedLogs") Boolean applyOnTransformedLogs,
        @JsonProperty("fieldSelectionCriteria") String fieldSelectionCriteria,
        @JsonProperty("emitSystemFieldDimensions") java.util.List<String> emitSystemFieldDimensions) {
}
