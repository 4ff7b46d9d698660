// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeNetworkInterfaceAttributeResult(
        @JsonProperty("Attachment") NetworkInterfaceAttachment attachment,
        @JsonProperty("Description") AttributeValue description,
        @JsonProperty("Groups") java.util.List<GroupIdentifier> groups,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("SourceDestCheck") AttributeBooleanValue sourceDestCheck,
        @JsonProperty("AssociatePublicIpAddress") Boolean associatePublicIpAddress) {
}
