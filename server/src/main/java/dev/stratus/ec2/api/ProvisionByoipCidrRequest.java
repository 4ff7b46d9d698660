// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvisionByoipCidrRequest(
        @JsonProperty("Cidr") String cidr,
        @JsonProperty("CidrAuthorizationContext") CidrAuthorizationContext cidrAuthorizationContext,
        @JsonProperty("PubliclyAdvertisable") Boolean publiclyAdvertisable,
        @JsonProperty("Description") String description,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("PoolTagSpecifications") java.util.List<TagSpecification> poolTagSpecifications,
        @JsonProperty("MultiRegion") Boolean multiRegion,
        @JsonProperty("NetworkBorderGroup") String networkBorderGroup) {
}
