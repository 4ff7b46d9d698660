// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAccountAuthorizationDetailsResponse(
        @JsonProperty("UserDetailList") java.util.List<UserDetail> userDetailList,
        @JsonProperty("GroupDetailList") java.util.List<GroupDetail> groupDetailList,
        @JsonProperty("RoleDetailList") java.util.List<RoleDetail> roleDetailList,
        @JsonProperty("Policies") java.util.List<ManagedPolicyDetail> policies,
        @JsonProperty("IsTruncated") Boolean isTruncated,
        @JsonProperty("Marker") String marker) {
}
