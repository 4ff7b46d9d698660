// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeConnectionResponse(
        @JsonProperty("ConnectionArn") String connectionArn,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("InvocationConnectivityParameters") DescribeConnectionConnectivityParameters invocationConnectivityParameters,
        @JsonProperty("ConnectionState") String connectionState,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("AuthorizationType") String authorizationType,
        @JsonProperty("SecretArn") String secretArn,
        @JsonProperty("KmsKeyIdentifier") String kmsKeyIdentifier,
        @JsonProperty("AuthParameters") ConnectionAuthResponseParameters authParameters,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("LastModifiedTime") java.time.Instant lastModifiedTime,
        @JsonProperty("LastAuthorizedTime") java.time.Instant lastAuthorizedTime) {
}
