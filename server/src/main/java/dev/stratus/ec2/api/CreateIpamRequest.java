// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateIpamRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Description") String description,
        @JsonProperty("OperatingRegions") java.util.List<AddIpamOperatingRegion> operatingRegions,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("Tier") String tier,
        @JsonProperty("EnablePrivateGua") Boolean enablePrivateGua,
        @JsonProperty("MeteredAccount") String meteredAccount) {
}
