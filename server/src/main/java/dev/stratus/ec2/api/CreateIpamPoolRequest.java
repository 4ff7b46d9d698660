// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateIpamPoolRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("IpamScopeId") String ipamScopeId,
        @JsonProperty("Locale") String locale,
        @JsonProperty("SourceIpamPoolId") String sourceIpamPoolId,
        @JsonProperty("Description") String description,
        @JsonProperty("AddressFamily") String addressFamily,
        @JsonProperty("AutoImport") Boolean autoImport,
        @JsonProperty("PubliclyAdvertisable") Boolean publiclyAdvertisable,
        @JsonProperty("AllocationMinNetmaskLength") Integer allocationMinNetmaskLength,
        @JsonProperty("AllocationMaxNetmaskLength") Integer allocationMaxNetmaskLength,
        @JsonProperty("AllocationDefaultNetmaskLength") Integer allocationDefaultNetmaskLength,
        @JsonProperty("AllocationResourceTags") java.util.List<RequestIpamResourceTag> allocationResourceTags,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("AwsService") String awsService,
        @JsonProperty("PublicIpSource") String publicIpSource,
        @JsonProperty("SourceResource") IpamPoolSourceResourceRequest sourceResource) {
}
