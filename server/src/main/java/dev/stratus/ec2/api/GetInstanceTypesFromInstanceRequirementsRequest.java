// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetInstanceTypesFromInstanceRequirementsRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ArchitectureTypes") java.util.List<String> architectureTypes,
        @JsonProperty("VirtualizationTypes") java.util.List<String> virtualizationTypes,
        @JsonProperty("InstanceRequirements") InstanceRequirementsRequest instanceRequirements,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("Context") String context) {
}
