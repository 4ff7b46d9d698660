// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeImageUsageReportEntriesRequest(
        @JsonProperty("ImageIds") java.util.List<String> imageIds,
        @JsonProperty("ReportIds") java.util.List<String> reportIds,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("MaxResults") Integer maxResults) {
}
