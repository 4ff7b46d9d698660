// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecondaryInterfaceAttachment(
        @JsonProperty("AttachmentId") String attachmentId,
        @JsonProperty("AttachTime") java.time.Instant attachTime,
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("DeviceIndex") Integer deviceIndex,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("InstanceOwnerId") String instanceOwnerId,
        @JsonProperty("NetworkCardIndex") Integer networkCardIndex,
        @JsonProperty("Status") String status) {
}
