// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenSearchResourceConfig(
        @JsonProperty("kmsKeyArn") String kmsKeyArn,
        @JsonProperty("dataSourceRoleArn") String dataSourceRoleArn,
        @JsonProperty("dashboardViewerPrincipals") java.util.List<String> dashboardViewerPrincipals,
        @JsonProperty("applicationArn") String applicationArn,
        @JsonProperty("retentionDays") Integer retentionDays) {
}
