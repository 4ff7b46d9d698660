// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeLogGroupsRequest(
        @JsonProperty("accountIdentifiers") java.util.List<String> accountIdentifiers,
        @JsonProperty("logGroupNamePrefix") String logGroupNamePrefix,
        @JsonProperty("logGroupNamePattern") String logGroupNamePattern,
        @JsonProperty("nextToken") String nextToken,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("includeLinkedAccounts") Boolean includeLinkedAccounts,
        @JsonProperty("logGroupClass") String logGroupClass,
        @JsonProperty("logGroupIdentifiers") java.util.List<String> logGroupIdentifiers) {
}
