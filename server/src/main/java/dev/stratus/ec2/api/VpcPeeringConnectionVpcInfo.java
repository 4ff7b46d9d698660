// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpcPeeringConnectionVpcInfo(
        @JsonProperty("CidrBlock") String cidrBlock,
        @JsonProperty("Ipv6CidrBlockSet") java.util.List<Ipv6CidrBlock> ipv6CidrBlockSet,
        @JsonProperty("CidrBlockSet") java.util.List<CidrBlock> cidrBlockSet,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("PeeringOptions") VpcPeeringConnectionOptionsDescription peeringOptions,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("Region") String region) {
}
