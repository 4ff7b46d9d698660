// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyIpamPoolRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("IpamPoolId") String ipamPoolId,
        @JsonProperty("Description") String description,
        @JsonProperty("AutoImport") Boolean autoImport,
        @JsonProperty("AllocationMinNetmaskLength") Integer allocationMinNetmaskLength,
        @JsonProperty("AllocationMaxNetmaskLength") Integer allocationMaxNetmaskLength,
        @JsonProperty("AllocationDefaultNetmaskLength") Integer allocationDefaultNetmaskLength,
        @JsonProperty("ClearAllocationDefaultNetmaskLength") Boolean clearAllocationDefaultNetmaskLength,
        @JsonProperty("AddAllocationResourceTags") java.util.List<RequestIpamResourceTag> addAllocationResourceTags,
        @JsonProperty("RemoveAllocationResourceTags") java.util.List<RequestIpamResourceTag> removeAllocationResourceTags) {
}
