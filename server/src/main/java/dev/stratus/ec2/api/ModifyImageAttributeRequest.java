// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyImageAttributeRequest(
        @JsonProperty("Attribute") String attribute,
        @JsonProperty("Description") AttributeValue description,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("LaunchPermission") LaunchPermissionModifications launchPermission,
        @JsonProperty("OperationType") String operationType,
        @JsonProperty("ProductCodes") java.util.List<String> productCodes,
        @JsonProperty("UserGroups") java.util.List<String> userGroups,
        @JsonProperty("UserIds") java.util.List<String> userIds,
        @JsonProperty("Value") String value,
        @JsonProperty("OrganizationArns") java.util.List<String> organizationArns,
        @JsonProperty("OrganizationalUnitArns") java.util.List<String> organizationalUnitArns,
        @JsonProperty("ImdsSupport") AttributeValue imdsSupport,
        @JsonProperty("DryRun") Boolean dryRun) {
}
