// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(
        @JsonProperty("EventId") String eventId,
        @JsonProperty("EventName") String eventName,
        @JsonProperty("ReadOnly") String readOnly,
        @JsonProperty("AccessKeyId") String accessKeyId,
        @JsonProperty("EventTime") java.time.Instant eventTime,
        @JsonProperty("EventSource") String eventSource,
        @JsonProperty("Username") String username,
        @JsonProperty("Resources") java.util.List<Resource> resources,
        @JsonProperty("CloudTrailEvent") String cloudTrailEvent) {
}
