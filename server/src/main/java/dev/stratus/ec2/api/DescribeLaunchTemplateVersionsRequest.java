// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeLaunchTemplateVersionsRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("LaunchTemplateId") String launchTemplateId,
        @JsonProperty("LaunchTemplateName") String launchTemplateName,
        @JsonProperty("Versions") java.util.List<String> versions,
        @JsonProperty("MinVersion") String minVersion,
        @JsonProperty("MaxVersion") String maxVersion,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("ResolveAlias") Boolean resolveAlias,
        @JsonProperty("IncludeManagedResources") Boolean includeManagedResources) {
}
