// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListEntitiesForPolicyResponse(
        @JsonProperty("PolicyGroups") java.util.List<PolicyGroup> policyGroups,
        @JsonProperty("PolicyUsers") java.util.List<PolicyUser> policyUsers,
        @JsonProperty("PolicyRoles") java.util.List<PolicyRole> policyRoles,
        @JsonProperty("IsTruncated") Boolean isTruncated,
        @JsonProperty("Marker") String marker) {
}
