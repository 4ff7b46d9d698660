// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocateHostsRequest(
        @JsonProperty("InstanceFamily") String instanceFamily,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("HostRecovery") String hostRecovery,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("HostMaintenance") String hostMaintenance,
        @JsonProperty("AssetIds") java.util.List<String> assetIds,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("AutoPlacement") String autoPlacement,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("Quantity") Integer quantity,
        @JsonProperty("AvailabilityZone") String availabilityZone) {
}
