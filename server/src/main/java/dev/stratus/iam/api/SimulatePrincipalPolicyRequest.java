// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulatePrincipalPolicyRequest(
        @JsonProperty("PolicySourceArn") String policySourceArn,
        @JsonProperty("PolicyInputList") java.util.List<String> policyInputList,
        @JsonProperty("PermissionsBoundaryPolicyInputList") java.util.List<String> permissionsBoundaryPolicyInputList,
        @JsonProperty("ActionNames") java.util.List<String> actionNames,
        @JsonProperty("ResourceArns") java.util.List<String> resourceArns,
        @JsonProperty("ResourcePolicy") String resourcePolicy,
        @JsonProperty("ResourceOwner") String resourceOwner,
        @JsonProperty("CallerArn") String callerArn,
        @JsonProperty("ContextEntries") java.util.List<ContextEntry> contextEntries,
        @JsonProperty("ResourceHandlingOption") String resourceHandlingOption,
        @JsonProperty("MaxItems") Integer maxItems,
        @JsonProperty("Marker") String marker) {
}
