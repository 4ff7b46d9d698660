// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamPool(
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("IpamPoolId") String ipamPoolId,
        @JsonProperty("SourceIpamPoolId") String sourceIpamPoolId,
        @JsonProperty("IpamPoolArn") String ipamPoolArn,
        @JsonProperty("IpamScopeArn") String ipamScopeArn,
        @JsonProperty("IpamScopeType") String ipamScopeType,
        @JsonProperty("IpamArn") String ipamArn,
        @JsonProperty("IpamRegion") String ipamRegion,
        @JsonProperty("Locale") String locale,
        @JsonProperty("PoolDepth") Integer poolDepth,
        @JsonProperty("State") String state,
        @JsonProperty("StateMessage") String stateMessage,
        @JsonProperty("Description") String description,
        @JsonProperty("AutoImport") Boolean autoImport,
        @JsonProperty("PubliclyAdvertisable") Boolean publiclyAdvertisable,
        @JsonProperty("AddressFamily") String addressFamily,
        @JsonProperty("AllocationMinNetmaskLength") Integer allocationMinNetmaskLength,
        @JsonProperty("AllocationMaxNetmaskLength") Integer allocationMaxNetmaskLength,
        @JsonProperty("AllocationDefaultNetmaskLength") Integer allocationDefaultNetmaskLength,
        @JsonProperty("AllocationResourceTags") java.util.List<IpamResourceTag> allocationResourceTags,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("AwsService") String awsService,
        @JsonProperty("PublicIpSource") String publicIpSource,
        @JsonProperty("SourceResource") IpamPoolSourceResource sourceResource) {
}
