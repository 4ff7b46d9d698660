// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservedInstancesModification(
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("EffectiveDate") java.time.Instant effectiveDate,
        @JsonProperty("ModificationResults") java.util.List<ReservedInstancesModificationResult> modificationResults,
        @JsonProperty("ReservedInstancesIds") java.util.List<ReservedInstancesId> reservedInstancesIds,
        @JsonProperty("ReservedInstancesModificationId") String reservedInstancesModificationId,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("UpdateDate") java.time.Instant updateDate) {
}
