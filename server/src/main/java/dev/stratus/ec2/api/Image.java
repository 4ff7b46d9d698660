// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(
        @JsonProperty("PlatformDetails") String platformDetails,
        @JsonProperty("UsageOperation") String usageOperation,
        @JsonProperty("BlockDeviceMappings") java.util.List<BlockDeviceMapping> blockDeviceMappings,
        @JsonProperty("Description") String description,
        @JsonProperty("EnaSupport") Boolean enaSupport,
        @JsonProperty("Hypervisor") String hypervisor,
        @JsonProperty("ImageOwnerAlias") String imageOwnerAlias,
        @JsonProperty("Name") String name,
        @JsonProperty("RootDeviceName") String rootDeviceName,
        @JsonProperty("RootDeviceType") String rootDeviceType,
        @JsonProperty("SriovNetSupport") String sriovNetSupport,
        @JsonProperty("StateReason") StateReason stateReason,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("VirtualizationType") String virtualizationType,
        @JsonProperty("BootMode") String bootMode,
        @JsonProperty("TpmSupport") String tpmSupport,
        @JsonProperty("DeprecationTime") String deprecationTime,
        @JsonProperty("ImdsSupport") String imdsSupport,
        @JsonProperty("SourceInstanceId") String sourceInstanceId,
        @JsonProperty("DeregistrationProtection") String deregistrationProtection,
        @JsonProperty("LastLaunchedTime") String lastLaunchedTime,
        @JsonProperty("ImageAllowed") Boolean imageAllowed,
        @JsonProperty("SourceImageId") String sourceImageId,
        @JsonProperty("SourceImageRegion") String sourceImageRegion,
        @JsonProperty("FreeTierEligible") Boolean freeTierEligible,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("ImageLocation") String imageLocation,
        @JsonProperty("State") String state,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("CreationDate") String creationDate,
        @JsonProperty("Public") Boolean publicValue,
        @JsonProperty("ProductCodes") java.util.List<ProductCode> productCodes,
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("ImageType") String imageType,
        @JsonProperty("KernelId") String kernelId,
        @JsonProperty("RamdiskId") String ramdiskId,
        @JsonProperty("Platform") String platform) {
}
