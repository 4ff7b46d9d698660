// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeConfigurationTemplatesRequest(
        @JsonProperty("service") String service,
        @JsonProperty("logTypes") java.util.List<String> logTypes,
        @JsonProperty("resourceTypes") java.util.List<String> resourceTypes,
        @JsonProperty("deliveryDestinationTypes") java.util.List<String> deliveryDestinationTypes,
        @JsonProperty("nextToken") String nextToken,
        @JsonProperty("limit") Integer limit) {
}
