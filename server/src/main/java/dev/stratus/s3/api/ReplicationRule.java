// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplicationRule(
        @JsonProperty("ID") String id,
        @JsonProperty("Priority") Integer priority,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("Filter") ReplicationRuleFilter filter,
        @JsonProperty("Status") String status,
        @JsonProperty("SourceSelectionCriteria") SourceSelectionCriteria sourceSelectionCriteria,
        @JsonProperty("ExistingObjectReplication") ExistingObjectReplication existingObjectReplication,
        @JsonProperty("Destination") Destination destination,
        @JsonProperty("DeleteMarkerReplication") DeleteMarkerReplication deleteMarkerReplication) {
}
