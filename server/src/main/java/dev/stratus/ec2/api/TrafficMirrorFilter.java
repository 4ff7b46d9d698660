// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrafficMirrorFilter(
        @JsonProperty("TrafficMirrorFilterId") String trafficMirrorFilterId,
        @JsonProperty("IngressFilterRules") java.util.List<TrafficMirrorFilterRule> ingressFilterRules,
        @JsonProperty("EgressFilterRules") java.util.List<TrafficMirrorFilterRule> egressFilterRules,
        @JsonProperty("NetworkServices") java.util.List<String> networkServices,
        @JsonProperty("Description") String description,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
