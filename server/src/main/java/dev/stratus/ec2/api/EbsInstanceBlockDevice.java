// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EbsInstanceBlockDevice(
        @JsonProperty("AttachTime") java.time.Instant attachTime,
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("Status") String status,
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("AssociatedResource") String associatedResource,
        @JsonProperty("VolumeOwnerId") String volumeOwnerId,
        @JsonProperty("Operator") OperatorResponse operator,
        @JsonProperty("EbsCardIndex") Integer ebsCardIndex) {
}
