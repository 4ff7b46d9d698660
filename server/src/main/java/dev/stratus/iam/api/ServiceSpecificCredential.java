// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceSpecificCredential(
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("ExpirationDate") java.time.Instant expirationDate,
        @JsonProperty("ServiceName") String serviceName,
        @JsonProperty("ServiceUserName") String serviceUserName,
        @JsonProperty("ServicePassword") String servicePassword,
        @JsonProperty("ServiceCredentialAlias") String serviceCredentialAlias,
        @JsonProperty("ServiceCredentialSecret") String serviceCredentialSecret,
        @JsonProperty("ServiceSpecificCredentialId") String serviceSpecificCredentialId,
        @JsonProperty("UserName") String userName,
        @JsonProperty("Status") String status) {
}
