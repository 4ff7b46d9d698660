// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EgressOnlyInternetGateway(
        @JsonProperty("Attachments") java.util.List<InternetGatewayAttachment> attachments,
        @JsonProperty("EgressOnlyInternetGatewayId") String egressOnlyInternetGatewayId,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
