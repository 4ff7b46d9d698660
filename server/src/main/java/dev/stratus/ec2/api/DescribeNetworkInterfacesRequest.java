// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeNetworkInterfacesRequest(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("IncludeManagedResources") Boolean includeManagedResources,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("NetworkInterfaceIds") java.util.List<String> networkInterfaceIds,
        @JsonProperty("Filters") java.util.List<Filter> filters) {
}
