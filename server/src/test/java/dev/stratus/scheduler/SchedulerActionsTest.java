package dev.stratus.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.Actions.Check;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerActionsTest {
    static List<Check> checks(String operation, String input) {
        RequestContext ctx = new RequestContext("r", "scheduler", operation, "us-east-1", "111122223333", "k", "h", null);
        return new SchedulerActions().of(ctx, Json.parse(input));
    }

    @Test
    void aScheduleIsNamedByItsGroupAndTheTargetRoleIsPassed() {
        assertEquals(List.of(Check.of("scheduler:CreateSchedule", "arn:aws:scheduler:us-east-1:111122223333:schedule/team/s"),
                        new Check("iam:PassRole", "arn:aws:iam::111122223333:role/r", Map.of("iam:PassedToService", List.of("scheduler.amazonaws.com")))),
                checks("CreateSchedule", "{\"Name\":\"s\",\"GroupName\":\"team\",\"Target\":{\"RoleArn\":\"arn:aws:iam::111122223333:role/r\"}}"));
        assertEquals(List.of(Check.of("scheduler:GetSchedule", "arn:aws:scheduler:us-east-1:111122223333:schedule/default/s")),
                checks("GetSchedule", "{\"Name\":\"s\"}"));
    }

    @Test
    void groupsCarryTheirTagsAndListingsNameNoResource() {
        assertEquals(List.of(new Check("scheduler:CreateScheduleGroup", "arn:aws:scheduler:us-east-1:111122223333:schedule-group/g",
                        Map.of("aws:RequestTag/team", List.of("ops"), "aws:TagKeys", List.of("team")))),
                checks("CreateScheduleGroup", "{\"Name\":\"g\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"ops\"}]}"));
        assertEquals(List.of(Check.of("scheduler:ListSchedules", "*")), checks("ListSchedules", "{}"));
    }
}
