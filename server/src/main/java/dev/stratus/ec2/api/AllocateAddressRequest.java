// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocateAddressRequest(
        @JsonProperty("Domain") String domain,
        @JsonProperty("Address") String address,
        @JsonProperty("PublicIpv4Pool") String publicIpv4Pool,
        @JsonProperty("NetworkBorderGroup") String networkBorderGroup,
        @JsonProperty("CustomerOwnedIpv4Pool") String customerOwnedIpv4Pool,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("IpamPoolId") String ipamPoolId,
        @JsonProperty("DryRun") Boolean dryRun) {
}
