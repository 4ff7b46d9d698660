// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionNotification(
        @JsonProperty("ConnectionNotificationId") String connectionNotificationId,
        @JsonProperty("ServiceId") String serviceId,
        @JsonProperty("VpcEndpointId") String vpcEndpointId,
        @JsonProperty("ConnectionNotificationType") String connectionNotificationType,
        @JsonProperty("ConnectionNotificationArn") String connectionNotificationArn,
        @JsonProperty("ConnectionEvents") java.util.List<String> connectionEvents,
        @JsonProperty("ConnectionNotificationState") String connectionNotificationState,
        @JsonProperty("ServiceRegion") String serviceRegion) {
}
