// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListLogGroupsRequest(
        @JsonProperty("logGroupNamePattern") String logGroupNamePattern,
        @JsonProperty("logGroupClass") String logGroupClass,
        @JsonProperty("includeLinkedAccounts") Boolean includeLinkedAccounts,
        @JsonProperty("accountIdentifiers") java.util.List<String> accountIdentifiers,
        @JsonProperty("nextToken") String nextToken,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("dataSources") java.util.List<DataSourceFilter> dataSources,
        @JsonProperty("fieldIndexNames") java.util.List<String> fieldIndexNames,
        @JsonProperty("logGroupTags") java.util.List<TagFilter> logGroupTags) {
}
