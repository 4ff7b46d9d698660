// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageAttribute(
        @JsonProperty("Description") AttributeValue description,
        @JsonProperty("KernelId") AttributeValue kernelId,
        @JsonProperty("RamdiskId") AttributeValue ramdiskId,
        @JsonProperty("SriovNetSupport") AttributeValue sriovNetSupport,
        @JsonProperty("BootMode") AttributeValue bootMode,
        @JsonProperty("TpmSupport") AttributeValue tpmSupport,
        @JsonProperty("UefiData") AttributeValue uefiData,
        @JsonProperty("LastLaunchedTime") AttributeValue lastLaunchedTime,
        @JsonProperty("ImdsSupport") AttributeValue imdsSupport,
        @JsonProperty("DeregistrationProtection") AttributeValue deregistrationProtection,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("LaunchPermissions") java.util.List<LaunchPermission> launchPermissions,
        @JsonProperty("ProductCodes") java.util.List<ProductCode> productCodes,
        @JsonProperty("BlockDeviceMappings") java.util.List<BlockDeviceMapping> blockDeviceMappings) {
}
