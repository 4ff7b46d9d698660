// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportSnapshotRequest(
        @JsonProperty("ClientData") ClientData clientData,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("Description") String description,
        @JsonProperty("DiskContainer") SnapshotDiskContainer diskContainer,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("RoleName") String roleName,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
