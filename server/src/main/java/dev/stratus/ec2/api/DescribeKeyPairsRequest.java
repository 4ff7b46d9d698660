// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeKeyPairsRequest(
        @JsonProperty("KeyNames") java.util.List<String> keyNames,
        @JsonProperty("KeyPairIds") java.util.List<String> keyPairIds,
        @JsonProperty("IncludePublicKey") Boolean includePublicKey,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Filters") java.util.List<Filter> filters) {
}
