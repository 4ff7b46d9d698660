// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElasticGpus(
        @JsonProperty("ElasticGpuId") String elasticGpuId,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("ElasticGpuType") String elasticGpuType,
        @JsonProperty("ElasticGpuHealth") ElasticGpuHealth elasticGpuHealth,
        @JsonProperty("ElasticGpuState") String elasticGpuState,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
