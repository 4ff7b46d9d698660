// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NatGatewayAddress(
        @JsonProperty("AllocationId") String allocationId,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("PrivateIp") String privateIp,
        @JsonProperty("PublicIp") String publicIp,
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("IsPrimary") Boolean isPrimary,
        @JsonProperty("FailureMessage") String failureMessage,
        @JsonProperty("Status") String status,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId) {
}
