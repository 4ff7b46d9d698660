// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RedshiftDataParameters(
        @JsonProperty("SecretManagerArn") String secretManagerArn,
        @JsonProperty("Database") String database,
        @JsonProperty("DbUser") String dbUser,
        @JsonProperty("Sql") String sql,
        @JsonProperty("StatementName") String statementName,
        @JsonProperty("WithEvent") Boolean withEvent,
        @JsonProperty("Sqls") java.util.List<String> sqls) {
}
