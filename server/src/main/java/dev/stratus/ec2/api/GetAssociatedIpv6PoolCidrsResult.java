// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAssociatedIpv6PoolCidrsResult(
        @JsonProperty("Ipv6CidrAssociations") java.util.List<Ipv6CidrAssociation> ipv6CidrAssociations,
        @JsonProperty("NextToken") String nextToken) {
}
