// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportImageTask(
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("Description") String description,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("Hypervisor") String hypervisor,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("ImportTaskId") String importTaskId,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("LicenseType") String licenseType,
        @JsonProperty("Platform") String platform,
        @JsonProperty("Progress") String progress,
        @JsonProperty("SnapshotDetails") java.util.List<SnapshotDetail> snapshotDetails,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("LicenseSpecifications") java.util.List<ImportImageLicenseConfigurationResponse> licenseSpecifications,
        @JsonProperty("UsageOperation") String usageOperation,
        @JsonProperty("BootMode") String bootMode) {
}
