// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListFunctionVersionsByCapacityProviderResponse(
        @JsonProperty("CapacityProviderArn") String capacityProviderArn,
        @JsonProperty("FunctionVersions") java.util.List<FunctionVersionsByCapacityProviderListItem> functionVersions,
        @JsonProperty("NextMarker") String nextMarker) {
}
