// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricStreamEntry(
        @JsonProperty("Arn") String arn,
        @JsonProperty("CreationDate") java.time.Instant creationDate,
        @JsonProperty("LastUpdateDate") java.time.Instant lastUpdateDate,
        @JsonProperty("Name") String name,
        @JsonProperty("FirehoseArn") String firehoseArn,
        @JsonProperty("State") String state,
        @JsonProperty("OutputFormat") String outputFormat) {
}
