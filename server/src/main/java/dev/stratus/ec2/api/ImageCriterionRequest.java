// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageCriterionRequest(
        @JsonProperty("ImageProviders") java.util.List<String> imageProviders,
        @JsonProperty("MarketplaceProductCodes") java.util.List<String> marketplaceProductCodes,
        @JsonProperty("ImageNames") java.util.List<String> imageNames,
        @JsonProperty("DeprecationTimeCondition") DeprecationTimeConditionRequest deprecationTimeCondition,
        @JsonProperty("CreationDateCondition") CreationDateConditionRequest creationDateCondition) {
}
