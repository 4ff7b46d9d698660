// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceEventWindow(
        @JsonProperty("InstanceEventWindowId") String instanceEventWindowId,
        @JsonProperty("TimeRanges") java.util.List<InstanceEventWindowTimeRange> timeRanges,
        @JsonProperty("Name") String name,
        @JsonProperty("CronExpression") String cronExpression,
        @JsonProperty("AssociationTarget") InstanceEventWindowAssociationTarget associationTarget,
        @JsonProperty("State") String state,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
