// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocateIpamPoolCidrRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("IpamPoolId") String ipamPoolId,
        @JsonProperty("Cidr") String cidr,
        @JsonProperty("NetmaskLength") Integer netmaskLength,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("Description") String description,
        @JsonProperty("PreviewNextCidr") Boolean previewNextCidr,
        @JsonProperty("AllowedCidrs") java.util.List<String> allowedCidrs,
        @JsonProperty("DisallowedCidrs") java.util.List<String> disallowedCidrs,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
