// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateDelegationRequestRequest(
        @JsonProperty("OwnerAccountId") String ownerAccountId,
        @JsonProperty("Description") String description,
        @JsonProperty("Permissions") DelegationPermission permissions,
        @JsonProperty("RequestMessage") String requestMessage,
        @JsonProperty("RequestorWorkflowId") String requestorWorkflowId,
        @JsonProperty("RedirectUrl") String redirectUrl,
        @JsonProperty("NotificationChannel") String notificationChannel,
        @JsonProperty("SessionDuration") Integer sessionDuration,
        @JsonProperty("OnlySendByOwner") Boolean onlySendByOwner) {
}
