// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MacModificationTask(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("MacModificationTaskId") String macModificationTaskId,
        @JsonProperty("MacSystemIntegrityProtectionConfig") MacSystemIntegrityProtectionConfiguration macSystemIntegrityProtectionConfig,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("TaskState") String taskState,
        @JsonProperty("TaskType") String taskType) {
}
