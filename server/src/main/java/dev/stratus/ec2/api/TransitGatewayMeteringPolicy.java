// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitGatewayMeteringPolicy(
        @JsonProperty("TransitGatewayMeteringPolicyId") String transitGatewayMeteringPolicyId,
        @JsonProperty("TransitGatewayId") String transitGatewayId,
        @JsonProperty("MiddleboxAttachmentIds") java.util.List<String> middleboxAttachmentIds,
        @JsonProperty("State") String state,
        @JsonProperty("UpdateEffectiveAt") java.time.Instant updateEffectiveAt,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
