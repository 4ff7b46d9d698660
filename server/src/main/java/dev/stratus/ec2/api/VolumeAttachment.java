// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VolumeAttachment(
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("AssociatedResource") String associatedResource,
        @JsonProperty("InstanceOwningService") String instanceOwningService,
        @JsonProperty("EbsCardIndex") Integer ebsCardIndex,
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("Device") String device,
        @JsonProperty("State") String state,
        @JsonProperty("AttachTime") java.time.Instant attachTime) {
}
