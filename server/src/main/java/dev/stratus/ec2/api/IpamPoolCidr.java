// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamPoolCidr(
        @JsonProperty("Cidr") String cidr,
        @JsonProperty("State") String state,
        @JsonProperty("FailureReason") IpamPoolCidrFailureReason failureReason,
        @JsonProperty("IpamPoolCidrId") String ipamPoolCidrId,
        @JsonProperty("NetmaskLength") Integer netmaskLength) {
}
