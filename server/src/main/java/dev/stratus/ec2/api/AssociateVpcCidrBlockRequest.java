// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssociateVpcCidrBlockRequest(
        @JsonProperty("CidrBlock") String cidrBlock,
        @JsonProperty("Ipv6CidrBlockNetworkBorderGroup") String ipv6CidrBlockNetworkBorderGroup,
        @JsonProperty("Ipv6Pool") String ipv6Pool,
        @JsonProperty("Ipv6CidrBlock") String ipv6CidrBlock,
        @JsonProperty("Ipv4IpamPoolId") String ipv4IpamPoolId,
        @JsonProperty("Ipv4NetmaskLength") Integer ipv4NetmaskLength,
        @JsonProperty("Ipv6IpamPoolId") String ipv6IpamPoolId,
        @JsonProperty("Ipv6NetmaskLength") Integer ipv6NetmaskLength,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("AmazonProvidedIpv6CidrBlock") Boolean amazonProvidedIpv6CidrBlock) {
}
