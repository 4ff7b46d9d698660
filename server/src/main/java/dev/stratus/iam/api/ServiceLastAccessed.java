// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceLastAccessed(
        @JsonProperty("ServiceName") String serviceName,
        @JsonProperty("LastAuthenticated") java.time.Instant lastAuthenticated,
        @JsonProperty("ServiceNamespace") String serviceNamespace,
        @JsonProperty("LastAuthenticatedEntity") String lastAuthenticatedEntity,
        @JsonProperty("LastAuthenticatedRegion") String lastAuthenticatedRegion,
        @JsonProperty("TotalAuthenticatedEntities") Integer totalAuthenticatedEntities,
        @JsonProperty("TrackedActionsLastAccessed") java.util.List<TrackedActionLastAccessed> trackedActionsLastAccessed) {
}
