// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicIpv4Pool(
        @JsonProperty("PoolId") String poolId,
        @JsonProperty("Description") String description,
        @JsonProperty("PoolAddressRanges") java.util.List<PublicIpv4PoolRange> poolAddressRanges,
        @JsonProperty("TotalAddressCount") Integer totalAddressCount,
        @JsonProperty("TotalAvailableAddressCount") Integer totalAvailableAddressCount,
        @JsonProperty("NetworkBorderGroup") String networkBorderGroup,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
