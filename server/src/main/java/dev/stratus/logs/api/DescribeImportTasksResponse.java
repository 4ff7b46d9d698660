// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeImportTasksResponse(
        @JsonProperty("imports") java.util.List<Import> imports,
        @JsonProperty("nextToken") String nextToken) {
}
