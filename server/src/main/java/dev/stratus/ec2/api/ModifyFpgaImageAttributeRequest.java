// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyFpgaImageAttributeRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("FpgaImageId") String fpgaImageId,
        @JsonProperty("Attribute") String attribute,
        @JsonProperty("OperationType") String operationType,
        @JsonProperty("UserIds") java.util.List<String> userIds,
        @JsonProperty("UserGroups") java.util.List<String> userGroups,
        @JsonProperty("ProductCodes") java.util.List<String> productCodes,
        @JsonProperty("LoadPermission") LoadPermissionModifications loadPermission,
        @JsonProperty("Description") String description,
        @JsonProperty("Name") String name) {
}
