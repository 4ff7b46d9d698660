// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelegationRequest(
        @JsonProperty("DelegationRequestId") String delegationRequestId,
        @JsonProperty("OwnerAccountId") String ownerAccountId,
        @JsonProperty("Description") String description,
        @JsonProperty("RequestMessage") String requestMessage,
        @JsonProperty("Permissions") DelegationPermission permissions,
        @JsonProperty("PermissionPolicy") String permissionPolicy,
        @JsonProperty("RolePermissionRestrictionArns") java.util.List<String> rolePermissionRestrictionArns,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("ApproverId") String approverId,
        @JsonProperty("State") String state,
        @JsonProperty("ExpirationTime") java.time.Instant expirationTime,
        @JsonProperty("RequestorId") String requestorId,
        @JsonProperty("RequestorName") String requestorName,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("SessionDuration") Integer sessionDuration,
        @JsonProperty("RedirectUrl") String redirectUrl,
        @JsonProperty("Notes") String notes,
        @JsonProperty("RejectionReason") String rejectionReason,
        @JsonProperty("OnlySendByOwner") Boolean onlySendByOwner,
        @JsonProperty("UpdatedTime") java.time.Instant updatedTime) {
}
