// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeVpcEncryptionControlsRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("VpcEncryptionControlIds") java.util.List<String> vpcEncryptionControlIds,
        @JsonProperty("VpcIds") java.util.List<String> vpcIds,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults) {
}
