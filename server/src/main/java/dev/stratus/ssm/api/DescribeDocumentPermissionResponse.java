// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeDocumentPermissionResponse(
        @JsonProperty("AccountIds") java.util.List<String> accountIds,
        @JsonProperty("AccountSharingInfoList") java.util.List<AccountSharingInfo> accountSharingInfoList,
        @JsonProperty("NextToken") String nextToken) {
}
