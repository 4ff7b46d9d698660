// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateSubnetCidrReservationRequest(
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("Cidr") String cidr,
        @JsonProperty("ReservationType") String reservationType,
        @JsonProperty("Description") String description,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
