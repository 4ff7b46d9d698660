// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeImportTaskBatchesResponse(
        @JsonProperty("importSourceArn") String importSourceArn,
        @JsonProperty("importId") String importId,
        @JsonProperty("importBatches") java.util.List<ImportBatch> importBatches,
        @JsonProperty("nextToken") String nextToken) {
}
