// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ByoipCidr(
        @JsonProperty("Cidr") String cidr,
        @JsonProperty("Description") String description,
        @JsonProperty("AsnAssociations") java.util.List<AsnAssociation> asnAssociations,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("State") String state,
        @JsonProperty("NetworkBorderGroup") String networkBorderGroup,
        @JsonProperty("AdvertisementType") String advertisementType) {
}
