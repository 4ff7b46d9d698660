// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeImagesRequest(
        @JsonProperty("ExecutableUsers") java.util.List<String> executableUsers,
        @JsonProperty("ImageIds") java.util.List<String> imageIds,
        @JsonProperty("Owners") java.util.List<String> owners,
        @JsonProperty("IncludeDeprecated") Boolean includeDeprecated,
        @JsonProperty("IncludeDisabled") Boolean includeDisabled,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Filters") java.util.List<Filter> filters) {
}
