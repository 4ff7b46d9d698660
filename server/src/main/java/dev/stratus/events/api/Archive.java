// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Archive(
        @JsonProperty("ArchiveName") String archiveName,
        @JsonProperty("EventSourceArn") String eventSourceArn,
        @JsonProperty("State") String state,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("RetentionDays") Integer retentionDays,
        @JsonProperty("SizeBytes") Long sizeBytes,
        @JsonProperty("EventCount") Long eventCount,
        @JsonProperty("CreationTime") java.time.Instant creationTime) {
}
