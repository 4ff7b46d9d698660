// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteServer(
        @JsonProperty("RouteServerId") String routeServerId,
        @JsonProperty("AmazonSideAsn") Long amazonSideAsn,
        @JsonProperty("State") String state,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("PersistRoutesState") String persistRoutesState,
        @JsonProperty("PersistRoutesDuration") Long persistRoutesDuration,
        @JsonProperty("SnsNotificationsEnabled") Boolean snsNotificationsEnabled,
        @JsonProperty("SnsTopicArn") String snsTopicArn) {
}
