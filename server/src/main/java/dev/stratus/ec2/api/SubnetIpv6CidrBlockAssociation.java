// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubnetIpv6CidrBlockAssociation(
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("Ipv6CidrBlock") String ipv6CidrBlock,
        @JsonProperty("Ipv6CidrBlockState") SubnetCidrBlockState ipv6CidrBlockState,
        @JsonProperty("Ipv6AddressAttribute") String ipv6AddressAttribute,
        @JsonProperty("IpSource") String ipSource) {
}
