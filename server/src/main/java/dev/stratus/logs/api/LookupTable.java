// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LookupTable(
        @JsonProperty("lookupTableArn") String lookupTableArn,
        @JsonProperty("lookupTableName") String lookupTableName,
        @JsonProperty("description") String description,
        @JsonProperty("tableFields") java.util.List<String> tableFields,
        @JsonProperty("recordsCount") Long recordsCount,
        @JsonProperty("sizeBytes") Long sizeBytes,
        @JsonProperty("lastUpdatedTime") Long lastUpdatedTime,
        @JsonProperty("kmsKeyId") String kmsKeyId) {
}
