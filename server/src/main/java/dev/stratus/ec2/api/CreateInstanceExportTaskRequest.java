// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateInstanceExportTaskRequest(
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("Description") String description,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("TargetEnvironment") String targetEnvironment,
        @JsonProperty("ExportToS3Task") ExportToS3TaskSpecification exportToS3Task) {
}
