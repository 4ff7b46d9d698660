// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeAddressesRequest(
        @JsonProperty("PublicIps") java.util.List<String> publicIps,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("AllocationIds") java.util.List<String> allocationIds) {
}
