// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportTask(
        @JsonProperty("Description") String description,
        @JsonProperty("ExportTaskId") String exportTaskId,
        @JsonProperty("ExportToS3Task") ExportToS3Task exportToS3Task,
        @JsonProperty("InstanceExportDetails") InstanceExportDetails instanceExportDetails,
        @JsonProperty("State") String state,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
