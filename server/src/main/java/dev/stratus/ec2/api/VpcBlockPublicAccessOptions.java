// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VpcBlockPublicAccessOptions(
        @JsonProperty("AwsAccountId") String awsAccountId,
        @JsonProperty("AwsRegion") String awsRegion,
        @JsonProperty("State") String state,
        @JsonProperty("InternetGatewayBlockMode") String internetGatewayBlockMode,
        @JsonProperty("Reason") String reason,
        @JsonProperty("LastUpdateTimestamp") java.time.Instant lastUpdateTimestamp,
        @JsonProperty("ManagedBy") String managedBy,
        @JsonProperty("ExclusionsAllowed") String exclusionsAllowed) {
}
