// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeFpgaImagesRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("FpgaImageIds") java.util.List<String> fpgaImageIds,
        @JsonProperty("Owners") java.util.List<String> owners,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults) {
}
