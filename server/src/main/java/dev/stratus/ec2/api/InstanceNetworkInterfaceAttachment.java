// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceNetworkInterfaceAttachment(
        @JsonProperty("AttachTime") java.time.Instant attachTime,
        @JsonProperty("AttachmentId") String attachmentId,
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("DeviceIndex") Integer deviceIndex,
        @JsonProperty("Status") String status,
        @JsonProperty("NetworkCardIndex") Integer networkCardIndex,
        @JsonProperty("EnaSrdSpecification") InstanceAttachmentEnaSrdSpecification enaSrdSpecification,
        @JsonProperty("EnaQueueCount") Integer enaQueueCount) {
}
