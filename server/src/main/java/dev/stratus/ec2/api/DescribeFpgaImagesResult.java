// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeFpgaImagesResult(
        @JsonProperty("FpgaImages") java.util.List<FpgaImage> fpgaImages,
        @JsonProperty("NextToken") String nextToken) {
}
