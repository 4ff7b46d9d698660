// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnableAddressTransferRequest(
        @JsonProperty("AllocationId") String allocationId,
        @JsonProperty("TransferAccountId") String transferAccountId,
        @JsonProperty("DryRun") Boolean dryRun) {
}
