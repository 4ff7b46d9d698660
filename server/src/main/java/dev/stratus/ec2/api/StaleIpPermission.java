// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaleIpPermission(
        @JsonProperty("FromPort") Integer fromPort,
        @JsonProperty("IpProtocol") String ipProtocol,
        @JsonProperty("IpRanges") java.util.List<String> ipRanges,
        @JsonProperty("PrefixListIds") java.util.List<String> prefixListIds,
        @JsonProperty("ToPort") Integer toPort,
        @JsonProperty("UserIdGroupPairs") java.util.List<UserIdGroupPair> userIdGroupPairs) {
}
