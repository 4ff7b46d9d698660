// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeImageReferencesRequest(
        @JsonProperty("ImageIds") java.util.List<String> imageIds,
        @JsonProperty("IncludeAllResourceTypes") Boolean includeAllResourceTypes,
        @JsonProperty("ResourceTypes") java.util.List<ResourceTypeRequest> resourceTypes,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("MaxResults") Integer maxResults) {
}
