// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkInterfacePermission(
        @JsonProperty("NetworkInterfacePermissionId") String networkInterfacePermissionId,
        @JsonProperty("NetworkInterfaceId") String networkInterfaceId,
        @JsonProperty("AwsAccountId") String awsAccountId,
        @JsonProperty("AwsService") String awsService,
        @JsonProperty("Permission") String permission,
        @JsonProperty("PermissionState") NetworkInterfacePermissionState permissionState) {
}
