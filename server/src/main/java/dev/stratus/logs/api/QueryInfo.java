// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryInfo(
        @JsonProperty("queryLanguage") String queryLanguage,
        @JsonProperty("queryId") String queryId,
        @JsonProperty("queryString") String queryString,
        @JsonProperty("status") String status,
        @JsonProperty("createTime") Long createTime,
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("queryDuration") Long queryDuration,
        @JsonProperty("bytesScanned") Double bytesScanned,
        @JsonProperty("userIdentity") String userIdentity) {
}
