// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisterImageRequest(
        @JsonProperty("ImageLocation") String imageLocation,
        @JsonProperty("BillingProducts") java.util.List<String> billingProducts,
        @JsonProperty("BootMode") String bootMode,
        @JsonProperty("TpmSupport") String tpmSupport,
        @JsonProperty("UefiData") String uefiData,
        @JsonProperty("ImdsSupport") String imdsSupport,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("KernelId") String kernelId,
        @JsonProperty("RamdiskId") String ramdiskId,
        @JsonProperty("RootDeviceName") String rootDeviceName,
        @JsonProperty("BlockDeviceMappings") java.util.List<BlockDeviceMapping> blockDeviceMappings,
        @JsonProperty("VirtualizationType") String virtualizationType,
        @JsonProperty("SriovNetSupport") String sriovNetSupport,
        @JsonProperty("EnaSupport") Boolean enaSupport) {
}
