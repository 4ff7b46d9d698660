// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FpgaImage(
        @JsonProperty("FpgaImageId") String fpgaImageId,
        @JsonProperty("FpgaImageGlobalId") String fpgaImageGlobalId,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("ShellVersion") String shellVersion,
        @JsonProperty("PciId") PciId pciId,
        @JsonProperty("State") FpgaImageState state,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("UpdateTime") java.time.Instant updateTime,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("OwnerAlias") String ownerAlias,
        @JsonProperty("ProductCodes") java.util.List<ProductCode> productCodes,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("Public") Boolean publicValue,
        @JsonProperty("DataRetentionSupport") Boolean dataRetentionSupport,
        @JsonProperty("InstanceTypes") java.util.List<String> instanceTypes) {
}
