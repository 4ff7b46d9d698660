// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamPolicy(
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("IpamPolicyId") String ipamPolicyId,
        @JsonProperty("IpamPolicyArn") String ipamPolicyArn,
        @JsonProperty("IpamPolicyRegion") String ipamPolicyRegion,
        @JsonProperty("State") String state,
        @JsonProperty("StateMessage") String stateMessage,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("IpamId") String ipamId) {
}
