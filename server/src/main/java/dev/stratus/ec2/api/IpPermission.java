// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpPermission(
        @JsonProperty("IpProtocol") String ipProtocol,
        @JsonProperty("FromPort") Integer fromPort,
        @JsonProperty("ToPort") Integer toPort,
        @JsonProperty("UserIdGroupPairs") java.util.List<UserIdGroupPair> userIdGroupPairs,
        @JsonProperty("IpRanges") java.util.List<IpRange> ipRanges,
        @JsonProperty("Ipv6Ranges") java.util.List<Ipv6Range> ipv6Ranges,
        @JsonProperty("PrefixListIds") java.util.List<PrefixListId> prefixListIds) {
}
