// Generated from the sns model by scripts/generate-apis. Do not edit.
package dev.stratus.sns.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListPlatformApplicationsInput(
        @JsonProperty("NextToken") String nextToken) {
}
