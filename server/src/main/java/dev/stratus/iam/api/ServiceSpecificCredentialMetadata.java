// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceSpecificCredentialMetadata(
        @JsonProperty("UserName") String userName,
        @JsonProperty("Status") String status,
        @JsonProperty("ServiceUserName") String serviceUserName,
        @JsonProperty("ServiceCredentialAlias") String serviceCredentialAlias,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("ExpirationDate") java.time.Instant expirationDate,
        @JsonProperty("ServiceSpecificCredentialId") String serviceSpecificCredentialId,
        @JsonProperty("ServiceName") String serviceName) {
}
