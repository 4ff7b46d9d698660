// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeLogStreamsRequest(
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("logGroupIdentifier") String logGroupIdentifier,
        @JsonProperty("logStreamNamePrefix") String logStreamNamePrefix,
        @JsonProperty("orderBy") String orderBy,
        @JsonProperty("descending") Boolean descending,
        @JsonProperty("nextToken") String nextToken,
        @JsonProperty("limit") Integer limit) {
}
