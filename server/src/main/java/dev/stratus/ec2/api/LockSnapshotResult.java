// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LockSnapshotResult(
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("LockState") String lockState,
        @JsonProperty("LockDuration") Integer lockDuration,
        @JsonProperty("CoolOffPeriod") Integer coolOffPeriod,
        @JsonProperty("CoolOffPeriodExpiresOn") java.time.Instant coolOffPeriodExpiresOn,
        @JsonProperty("LockCreatedOn") java.time.Instant lockCreatedOn,
        @JsonProperty("LockExpiresOn") java.time.Instant lockExpiresOn,
        @JsonProperty("LockDurationStartTime") java.time.Instant lockDurationStartTime) {
}
