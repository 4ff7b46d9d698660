// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListAggregateLogGroupSummariesRequest(
        @JsonProperty("accountIdentifiers") java.util.List<String> accountIdentifiers,
        @JsonProperty("includeLinkedAccounts") Boolean includeLinkedAccounts,
        @JsonProperty("logGroupClass") String logGroupClass,
        @JsonProperty("logGroupNamePattern") String logGroupNamePattern,
        @JsonProperty("dataSources") java.util.List<DataSourceFilter> dataSources,
        @JsonProperty("groupBy") String groupBy,
        @JsonProperty("nextToken") String nextToken,
        @JsonProperty("limit") Integer limit) {
}
