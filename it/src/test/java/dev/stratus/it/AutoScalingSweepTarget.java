package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.authorization;
import static dev.stratus.it.ModelSweepIT.encode;
import static dev.stratus.it.ModelSweepIT.send;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.autoscaling.AutoScalingService;
import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.it.ModelSweepIT.Wire;
import dev.stratus.protocol.model.ServiceModel;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of Auto Scaling, through awsQuery, aimed at a launch configuration and a group of
 * desired capacity 0 (so clean requests launch few instances) with a lifecycle hook, a simple
 * scaling policy and a recurring scheduled action. Sizes are mostly small; rough requests try
 * the model's edges.
 */
final class AutoScalingSweepTarget {
    private AutoScalingSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("autoscaling");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("=AutoScalingGroupName", List.of("sweep-asg", "sweep-asg", "sweep-asg", "sweep-asg2"));
        known.put("=LaunchConfigurationName", List.of("sweep-lc", "sweep-lc", "sweep-lc", "sweep-lc2"));
        known.put("=TopicARN", List.of("arn:aws:sns:us-east-1:000000000000:sweep-asg-topic"));
        known.put("=NotificationTargetARN", List.of("arn:aws:sqs:us-east-1:000000000000:sweep-asg-hooks"));
        known.put("=LifecycleHookName", List.of("sweep-hook"));
        known.put("=LifecycleTransition", List.of("autoscaling:EC2_INSTANCE_LAUNCHING", "autoscaling:EC2_INSTANCE_TERMINATING"));
        known.put("=LifecycleActionResult", List.of("CONTINUE", "ABANDON"));
        known.put("=PolicyName", List.of("sweep-policy"));
        known.put("=PolicyType", List.of("SimpleScaling", "StepScaling", "TargetTrackingScaling"));
        known.put("=AdjustmentType", List.of("ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"));
        known.put("=ScheduledActionName", List.of("sweep-action"));
        known.put("=Recurrence", List.of("0 9 * * *", "*/5 * * * 1-5", "not cron"));
        known.put("=TimeZone", List.of("UTC", "Europe/Paris", "Mars/Olympus"));
        known.put("=MinSize", List.of("0", "0", "1"));
        known.put("=MaxSize", List.of("2", "2", "3"));
        known.put("=DesiredCapacity", List.of("0", "1", "2"));
        known.put("=ImageId", List.of("ami-sweep"));
        known.put("=InstanceType", List.of("t3.micro"));
        known.put("=HealthStatus", List.of("Healthy", "Unhealthy"));
        known.put("=HealthCheckType", List.of("EC2", "ELB"));
        known.put("=Granularity", List.of("1Minute"));
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-www-form-urlencoded; charset=utf-8", AutoScalingService.class,
                Set.of("ValidationError", "InvalidParameterValue", "MalformedQueryString"), known,
                Set.of("DeleteAutoScalingGroup", "DeleteLaunchConfiguration", "DeleteLifecycleHook", "DeletePolicy", "DeleteScheduledAction",
                        "BatchDeleteScheduledAction"),
                REQUESTS_PER_OPERATION, () -> {
                    // Each may be there already (setup runs again after each delete): made, or still there, will do.
                    String v = "&Version=" + model.apiVersion();
                    for (String form : List.of(
                            "Action=CreateLaunchConfiguration" + v + "&LaunchConfigurationName=sweep-lc&ImageId=ami-sweep&InstanceType=t3.micro",
                            "Action=CreateAutoScalingGroup" + v + "&AutoScalingGroupName=sweep-asg&LaunchConfigurationName=sweep-lc&MinSize=0&MaxSize=2"
                                    + "&DesiredCapacity=0&AvailabilityZones.member.1=us-east-1a",
                            "Action=PutLifecycleHook" + v + "&AutoScalingGroupName=sweep-asg&LifecycleHookName=sweep-hook"
                                    + "&LifecycleTransition=autoscaling%3AEC2_INSTANCE_TERMINATING&HeartbeatTimeout=30",
                            "Action=PutScalingPolicy" + v + "&AutoScalingGroupName=sweep-asg&PolicyName=sweep-policy&AdjustmentType=ChangeInCapacity"
                                    + "&ScalingAdjustment=1",
                            "Action=PutScheduledUpdateGroupAction" + v + "&AutoScalingGroupName=sweep-asg&ScheduledActionName=sweep-action"
                                    + "&Recurrence=" + encode("0 9 * * *") + "&DesiredCapacity=0")) {
                        HttpResponse<byte[]> r = send(new Wire("POST", "/", Map.of("Content-Type", t[0].contentType(),
                                "Authorization", authorization(model)), form.getBytes(StandardCharsets.UTF_8), false));
                        String body = new String(r.body(), StandardCharsets.UTF_8);
                        assertTrue(r.statusCode() == 200 || body.contains("AlreadyExists") || body.contains("pending delete"), body);
                    }
                });
        return t[0];
    }
}
