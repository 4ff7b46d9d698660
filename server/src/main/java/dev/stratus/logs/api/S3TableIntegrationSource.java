// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3TableIntegrationSource(
        @JsonProperty("identifier") String identifier,
        @JsonProperty("dataSource") DataSource dataSource,
        @JsonProperty("status") String status,
        @JsonProperty("statusReason") String statusReason,
        @JsonProperty("createdTimeStamp") Long createdTimeStamp,
        @JsonProperty("parentSourceIdentifier") String parentSourceIdentifier) {
}
