// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvokeWithResponseStreamRequest(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("InvocationType") String invocationType,
        @JsonProperty("LogType") String logType,
        @JsonProperty("ClientContext") String clientContext,
        @JsonProperty("Qualifier") String qualifier,
        @JsonProperty("Payload") byte[] payload,
        @JsonProperty("TenantId") String tenantId) {
}
