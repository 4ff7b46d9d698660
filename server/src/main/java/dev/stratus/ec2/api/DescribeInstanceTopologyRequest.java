// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeInstanceTopologyRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("InstanceIds") java.util.List<String> instanceIds,
        @JsonProperty("GroupNames") java.util.List<String> groupNames,
        @JsonProperty("Filters") java.util.List<Filter> filters) {
}
