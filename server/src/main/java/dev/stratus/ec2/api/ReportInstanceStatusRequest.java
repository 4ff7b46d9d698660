// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportInstanceStatusRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Instances") java.util.List<String> instances,
        @JsonProperty("Status") String status,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("ReasonCodes") java.util.List<String> reasonCodes,
        @JsonProperty("Description") String description) {
}
