// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportImageRequest(
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("ClientData") ClientData clientData,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("Description") String description,
        @JsonProperty("DiskContainers") java.util.List<ImageDiskContainer> diskContainers,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("Hypervisor") String hypervisor,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("LicenseType") String licenseType,
        @JsonProperty("Platform") String platform,
        @JsonProperty("RoleName") String roleName,
        @JsonProperty("LicenseSpecifications") java.util.List<ImportImageLicenseConfigurationRequest> licenseSpecifications,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("UsageOperation") String usageOperation,
        @JsonProperty("BootMode") String bootMode) {
}
