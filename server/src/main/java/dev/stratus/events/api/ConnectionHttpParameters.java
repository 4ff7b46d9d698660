// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionHttpParameters(
        @JsonProperty("HeaderParameters") java.util.List<ConnectionHeaderParameter> headerParameters,
        @JsonProperty("QueryStringParameters") java.util.List<ConnectionQueryStringParameter> queryStringParameters,
        @JsonProperty("BodyParameters") java.util.List<ConnectionBodyParameter> bodyParameters) {
}
