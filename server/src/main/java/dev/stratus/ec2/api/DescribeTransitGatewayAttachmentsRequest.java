// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeTransitGatewayAttachmentsRequest(
        @JsonProperty("TransitGatewayAttachmentIds") java.util.List<String> transitGatewayAttachmentIds,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("DryRun") Boolean dryRun) {
}
