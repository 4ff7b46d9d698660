// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssociateSubnetCidrBlockRequest(
        @JsonProperty("Ipv6IpamPoolId") String ipv6IpamPoolId,
        @JsonProperty("Ipv6NetmaskLength") Integer ipv6NetmaskLength,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("Ipv6CidrBlock") String ipv6CidrBlock) {
}
