// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutMetricDataInput(
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("MetricData") java.util.List<MetricDatum> metricData,
        @JsonProperty("EntityMetricData") java.util.List<EntityMetricData> entityMetricData,
        @JsonProperty("StrictEntityValidation") Boolean strictEntityValidation) {
}
