// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenSearchIntegrationDetails(
        @JsonProperty("dataSource") OpenSearchDataSource dataSource,
        @JsonProperty("application") OpenSearchApplication application,
        @JsonProperty("collection") OpenSearchCollection collection,
        @JsonProperty("workspace") OpenSearchWorkspace workspace,
        @JsonProperty("encryptionPolicy") OpenSearchEncryptionPolicy encryptionPolicy,
        @JsonProperty("networkPolicy") OpenSearchNetworkPolicy networkPolicy,
        @JsonProperty("accessPolicy") OpenSearchDataAccessPolicy accessPolicy,
        @JsonProperty("lifecyclePolicy") OpenSearchLifecyclePolicy lifecyclePolicy) {
}
