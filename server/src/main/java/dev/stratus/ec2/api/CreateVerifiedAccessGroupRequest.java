// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVerifiedAccessGroupRequest(
        @JsonProperty("VerifiedAccessInstanceId") String verifiedAccessInstanceId,
        @JsonProperty("Description") String description,
        @JsonProperty("PolicyDocument") String policyDocument,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("SseSpecification") VerifiedAccessSseSpecificationRequest sseSpecification) {
}
