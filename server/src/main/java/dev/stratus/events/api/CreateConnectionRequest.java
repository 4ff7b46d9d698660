// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateConnectionRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("AuthorizationType") String authorizationType,
        @JsonProperty("AuthParameters") CreateConnectionAuthRequestParameters authParameters,
        @JsonProperty("InvocationConnectivityParameters") ConnectivityResourceParameters invocationConnectivityParameters,
        @JsonProperty("KmsKeyIdentifier") String kmsKeyIdentifier) {
}
