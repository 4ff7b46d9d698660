// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetProvisionedConcurrencyConfigResponse(
        @JsonProperty("RequestedProvisionedConcurrentExecutions") Integer requestedProvisionedConcurrentExecutions,
        @JsonProperty("AvailableProvisionedConcurrentExecutions") Integer availableProvisionedConcurrentExecutions,
        @JsonProperty("AllocatedProvisionedConcurrentExecutions") Integer allocatedProvisionedConcurrentExecutions,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusReason") String statusReason,
        @JsonProperty("LastModified") String lastModified) {
}
