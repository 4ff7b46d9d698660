// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeAlarmsInput(
        @JsonProperty("AlarmNames") java.util.List<String> alarmNames,
        @JsonProperty("AlarmNamePrefix") String alarmNamePrefix,
        @JsonProperty("AlarmTypes") java.util.List<String> alarmTypes,
        @JsonProperty("ChildrenOfAlarmName") String childrenOfAlarmName,
        @JsonProperty("ParentsOfAlarmName") String parentsOfAlarmName,
        @JsonProperty("StateValue") String stateValue,
        @JsonProperty("ActionPrefix") String actionPrefix,
        @JsonProperty("MaxRecords") Integer maxRecords,
        @JsonProperty("NextToken") String nextToken) {
}
