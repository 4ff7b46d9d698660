// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateImageRequest(
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("SnapshotLocation") String snapshotLocation,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("NoReboot") Boolean noReboot,
        @JsonProperty("BlockDeviceMappings") java.util.List<BlockDeviceMapping> blockDeviceMappings) {
}
