// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyCapacityReservationRequest(
        @JsonProperty("CapacityReservationId") String capacityReservationId,
        @JsonProperty("InstanceCount") Integer instanceCount,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("EndDateType") String endDateType,
        @JsonProperty("Accept") Boolean accept,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("AdditionalInfo") String additionalInfo,
        @JsonProperty("InstanceMatchCriteria") String instanceMatchCriteria) {
}
