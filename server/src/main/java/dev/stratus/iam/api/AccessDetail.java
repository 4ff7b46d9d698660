// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessDetail(
        @JsonProperty("ServiceName") String serviceName,
        @JsonProperty("ServiceNamespace") String serviceNamespace,
        @JsonProperty("Region") String region,
        @JsonProperty("EntityPath") String entityPath,
        @JsonProperty("LastAuthenticatedTime") java.time.Instant lastAuthenticatedTime,
        @JsonProperty("TotalAuthenticatedEntities") Integer totalAuthenticatedEntities) {
}
