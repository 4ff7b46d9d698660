// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyNetworkInterfaceAttributeRequest(
        @JsonProperty("EnaSrdSpecification") EnaSrdSpecification enaSrdSpecification,
        @JsonProperty("EnablePrimaryIpv6") Boolean enablePrimaryIpv6,
        @JsonProperty("ConnectionTrackingSpecification") ConnectionTrackingSpecificationRequest connectionTrackingSpecification,
        @JsonProperty("AssociatePublicIpAddress") Boolean associatePublicIpAddress,
        @JsonProperty("AssociatedSubnetIds") java.util.List<String> associatedSubnetIds,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("Description") AttributeValue description,
        @JsonProperty("SourceDestCheck") AttributeBooleanValue sourceDestCheck,
        @JsonProperty("Groups") java.util.List<String> groups,
        @JsonProperty("Attachment") NetworkInterfaceAttachmentChanges attachment) {
}
