// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudWatchLogOptions(
        @JsonProperty("LogEnabled") Boolean logEnabled,
        @JsonProperty("LogGroupArn") String logGroupArn,
        @JsonProperty("LogOutputFormat") String logOutputFormat,
        @JsonProperty("BgpLogEnabled") Boolean bgpLogEnabled,
        @JsonProperty("BgpLogGroupArn") String bgpLogGroupArn,
        @JsonProperty("BgpLogOutputFormat") String bgpLogOutputFormat) {
}
