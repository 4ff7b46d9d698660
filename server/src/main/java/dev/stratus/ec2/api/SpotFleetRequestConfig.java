// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpotFleetRequestConfig(
        @JsonProperty("ActivityStatus") String activityStatus,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("SpotFleetRequestConfig") SpotFleetRequestConfigData spotFleetRequestConfig,
        @JsonProperty("SpotFleetRequestId") String spotFleetRequestId,
        @JsonProperty("SpotFleetRequestState") String spotFleetRequestState,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
