// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyInstanceEventWindowRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Name") String name,
        @JsonProperty("InstanceEventWindowId") String instanceEventWindowId,
        @JsonProperty("TimeRanges") java.util.List<InstanceEventWindowTimeRangeRequest> timeRanges,
        @JsonProperty("CronExpression") String cronExpression) {
}
