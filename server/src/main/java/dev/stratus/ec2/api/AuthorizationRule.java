// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorizationRule(
        @JsonProperty("ClientVpnEndpointId") String clientVpnEndpointId,
        @JsonProperty("Description") String description,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("AccessAll") Boolean accessAll,
        @JsonProperty("DestinationCidr") String destinationCidr,
        @JsonProperty("Status") ClientVpnAuthorizationRuleStatus status) {
}
