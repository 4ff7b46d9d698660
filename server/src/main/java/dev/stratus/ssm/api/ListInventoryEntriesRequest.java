// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListInventoryEntriesRequest(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("TypeName") String typeName,
        @JsonProperty("Filters") java.util.List<InventoryFilter> filters,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults) {
}
