// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NatGatewayAttachedAppliance(
        @JsonProperty("Type") String type,
        @JsonProperty("ApplianceArn") String applianceArn,
        @JsonProperty("VpcEndpointId") String vpcEndpointId,
        @JsonProperty("AttachmentState") String attachmentState,
        @JsonProperty("ModificationState") String modificationState,
        @JsonProperty("FailureCode") String failureCode,
        @JsonProperty("FailureMessage") String failureMessage) {
}
