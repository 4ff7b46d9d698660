// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Vpc(
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("InstanceTenancy") String instanceTenancy,
        @JsonProperty("Ipv6CidrBlockAssociationSet") java.util.List<VpcIpv6CidrBlockAssociation> ipv6CidrBlockAssociationSet,
        @JsonProperty("CidrBlockAssociationSet") java.util.List<VpcCidrBlockAssociation> cidrBlockAssociationSet,
        @JsonProperty("IsDefault") Boolean isDefault,
        @JsonProperty("EncryptionControl") VpcEncryptionControl encryptionControl,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("BlockPublicAccessStates") BlockPublicAccessStates blockPublicAccessStates,
        @JsonProperty("VpcId") String vpcId,
        @JsonProperty("State") String state,
        @JsonProperty("CidrBlock") String cidrBlock,
        @JsonProperty("DhcpOptionsId") String dhcpOptionsId) {
}
