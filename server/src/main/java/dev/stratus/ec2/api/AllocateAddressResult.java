// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocateAddressResult(
        @JsonProperty("AllocationId") String allocationId,
        @JsonProperty("PublicIpv4Pool") String publicIpv4Pool,
        @JsonProperty("NetworkBorderGroup") String networkBorderGroup,
        @JsonProperty("Domain") String domain,
        @JsonProperty("CustomerOwnedIp") String customerOwnedIp,
        @JsonProperty("CustomerOwnedIpv4Pool") String customerOwnedIpv4Pool,
        @JsonProperty("CarrierIp") String carrierIp,
        @JsonProperty("PublicIp") String publicIp) {
}
