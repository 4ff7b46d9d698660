// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrunkInterfaceAssociation(
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("BranchInterfaceId") String branchInterfaceId,
        @JsonProperty("TrunkInterfaceId") String trunkInterfaceId,
        @JsonProperty("InterfaceProtocol") String interfaceProtocol,
        @JsonProperty("VlanId") Integer vlanId,
        @JsonProperty("GreKey") Integer greKey,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
