package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.rest;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.scheduler.SchedulerService;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of EventBridge Scheduler (rest-json), aimed at the group {@code sweep-group} and the
 * schedule {@code sweep-schedule} of the default group, made again after they are deleted;
 * expressions, time zones and targets steered mostly to good values so requests get past the first checks.
 */
final class SchedulerSweepTarget {
    static final String GROUP = "sweep-group";
    static final String SCHEDULE = "sweep-schedule";
    static final String GROUP_ARN = "arn:aws:scheduler:us-east-1:000000000000:schedule-group/" + GROUP;
    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:sweep-queue";
    static final String ROLE = "arn:aws:iam::000000000000:role/sweep-role";

    private SchedulerSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("scheduler");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("=Name", List.of(SCHEDULE, SCHEDULE, GROUP, "sweep-other"));
        known.put("=GroupName", List.of("default", "default", GROUP, "sweep-none"));
        known.put("=NamePrefix", List.of("sweep", "sweep-s"));
        known.put("=ScheduleExpression", List.of("rate(1 day)", "rate(1 day)", "cron(0 9 ? * MON-FRI *)", "at(2030-01-01T09:00:00)", "rate(1 days)"));
        known.put("=ScheduleExpressionTimezone", List.of("UTC", "America/New_York", "Mars/Base"));
        known.put("=Mode", List.of("OFF", "OFF", "FLEXIBLE"));
        known.put("=ResourceArn", List.of(GROUP_ARN, GROUP_ARN, "arn:aws:scheduler:us-east-1:000000000000:schedule/default/" + SCHEDULE));
        known.put("=Arn", List.of(QUEUE, QUEUE, "arn:aws:scheduler:::aws-sdk:sqs:sendMessage", "arn:aws:states:us-east-1:000000000000:stateMachine:x"));
        known.put("=RoleArn", List.of(ROLE));
        known.put("=State", List.of("ENABLED", "DISABLED"));
        return new Target(model, "application/json", SchedulerService.class,
                Set.of("ValidationException", "SerializationException", "ResourceNotFoundException", "ConflictException"), known,
                Set.of("DeleteSchedule", "DeleteScheduleGroup"), REQUESTS_PER_OPERATION, () -> {
                    HttpResponse<String> group = rest("POST", "/schedule-groups/" + GROUP, "{}");
                    // Made by an earlier setup, or still being deleted.
                    assertTrue(group.statusCode() == 200 || group.statusCode() == 409, group.body());
                    HttpResponse<String> schedule = rest("POST", "/schedules/" + SCHEDULE, "{\"ScheduleExpression\":\"rate(1 day)\","
                            + "\"StartDate\":1893456000,\"FlexibleTimeWindow\":{\"Mode\":\"OFF\"},\"Target\":{\"Arn\":\"" + QUEUE
                            + "\",\"RoleArn\":\"" + ROLE + "\",\"Input\":\"tick\"}}");
                    assertTrue(schedule.statusCode() == 200 || schedule.statusCode() == 409, schedule.body());
                });
    }
}
