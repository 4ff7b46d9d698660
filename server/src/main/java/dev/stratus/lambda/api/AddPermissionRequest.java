// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddPermissionRequest(
        @JsonProperty("FunctionName") String functionName,
        @JsonProperty("StatementId") String statementId,
        @JsonProperty("Action") String action,
        @JsonProperty("Principal") String principal,
        @JsonProperty("SourceArn") String sourceArn,
        @JsonProperty("SourceAccount") String sourceAccount,
        @JsonProperty("EventSourceToken") String eventSourceToken,
        @JsonProperty("Qualifier") String qualifier,
        @JsonProperty("RevisionId") String revisionId,
        @JsonProperty("PrincipalOrgID") String principalOrgID,
        @JsonProperty("FunctionUrlAuthType") String functionUrlAuthType,
        @JsonProperty("InvokedViaFunctionUrl") Boolean invokedViaFunctionUrl) {
}
