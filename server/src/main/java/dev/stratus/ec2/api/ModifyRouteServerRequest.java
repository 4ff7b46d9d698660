// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyRouteServerRequest(
        @JsonProperty("RouteServerId") String routeServerId,
        @JsonProperty("PersistRoutes") String persistRoutes,
        @JsonProperty("PersistRoutesDuration") Long persistRoutesDuration,
        @JsonProperty("SnsNotificationsEnabled") Boolean snsNotificationsEnabled,
        @JsonProperty("DryRun") Boolean dryRun) {
}
