// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubnetCidrReservation(
        @JsonProperty("SubnetCidrReservationId") String subnetCidrReservationId,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("Cidr") String cidr,
        @JsonProperty("ReservationType") String reservationType,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("Description") String description,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
