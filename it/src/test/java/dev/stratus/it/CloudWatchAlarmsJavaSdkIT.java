package dev.stratus.it;

import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.PutScalingPolicyResponse;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AlarmHistoryItem;
import software.amazon.awssdk.services.cloudwatch.model.AlarmType;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.CompositeAlarm;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.HistoryItemType;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * CloudWatch alarms through the AWS SDK for Java v2 (Smithy RPC v2 CBOR) on a clock the test moves:
 * an alarm goes to ALARM within one evaluation of a breaching datapoint, notifies its SNS topic
 * (read from an SQS queue) with AWS's message and returns to OK; a step policy and a target tracking
 * policy scale an Auto Scaling group; an EC2 action stops an instance; a composite alarm's actions
 * wait out its suppressor's WaitPeriod; SetAlarmState acts as AWS's does; state changes reach an SQS
 * queue through an EventBridge rule; and bad input gets AWS's errors.
 */
class CloudWatchAlarmsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock().ec2TransitionDelay(Duration.ofSeconds(1));
    private static final DateTimeFormatter POINT_TIME = DateTimeFormatter.ofPattern("dd/MM/yy HH:mm:ss").withZone(ZoneOffset.UTC);
    static CloudWatchClient cw;
    static SqsClient sqs;
    static SnsClient sns;
    static EventBridgeClient events;
    static AutoScalingClient asg;
    static Ec2Client ec2;
    static TestQueues queues;

    @BeforeAll
    static void clients() {
        cw = Clients.cloudWatch(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        sns = Clients.sns(STRATUS.endpoint());
        events = Clients.events(STRATUS.endpoint());
        asg = Clients.autoScaling(STRATUS.endpoint());
        ec2 = Clients.ec2(STRATUS.endpoint());
        queues = new TestQueues(sqs);
    }

    @AfterAll
    static void close() {
        cw.close();
        sqs.close();
        sns.close();
        events.close();
        asg.close();
        ec2.close();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Moves the clock to one second past the next minute, when the minute that was current ends and alarms evaluate. */
    static long nextMinute() {
        long now = STRATUS.clock().millis();
        long minute = Math.floorDiv(now, 60_000L) * 60_000L;
        STRATUS.advance(Duration.ofMillis(minute + 61_000 - now));
        return minute;
    }

    /** Waits (without moving the clock) for what the timers and jobs do after it moved. */
    static void waitFor(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 300 && !done.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertTrue(done.getAsBoolean(), "the condition held within 6 s");
    }

    /** Moves the clock in steps of 5 s until {@code done} holds, for EC2's and Auto Scaling's own timers. */
    static void eventually(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            STRATUS.advance(Duration.ofSeconds(5));
            Thread.sleep(20);
        }
        assertTrue(done.getAsBoolean(), "the condition held within 1000 simulated seconds");
    }

    static void publish(String namespace, String name, double value, Dimension... dims) {
        cw.putMetricData(b -> b.namespace(namespace).metricData(d -> d.metricName(name).value(value).dimensions(dims)));
    }

    static MetricAlarm alarm(String name) {
        return cw.describeAlarms(b -> b.alarmNames(name)).metricAlarms().getFirst();
    }

    static CompositeAlarm compositeAlarm(String name) {
        return cw.describeAlarms(b -> b.alarmNames(name).alarmTypes(AlarmType.COMPOSITE_ALARM)).compositeAlarms().getFirst();
    }

    static List<JsonNode> drain(TestQueues.Queue q) {
        List<JsonNode> out = new ArrayList<>();
        for (List<Message> got = sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10)).messages(); !got.isEmpty();
             got = sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10)).messages()) {
            for (Message m : got) {
                out.add(json(m.body()));
                sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(m.receiptHandle()));
            }
        }
        return out;
    }

    /** The SNS notifications that reached {@code q}, once {@code count} have. */
    static List<JsonNode> notifications(TestQueues.Queue q, int count) throws InterruptedException {
        List<JsonNode> got = new ArrayList<>();
        waitFor(() -> {
            got.addAll(drain(q));
            return got.size() >= count;
        });
        return got;
    }

    /** A topic with a queue subscribed to it. */
    record Topic(String arn, TestQueues.Queue queue) {
    }

    static Topic topic() {
        String arn = sns.createTopic(b -> b.name(unique("alarms"))).topicArn();
        TestQueues.Queue q = queues.createFor("sns.amazonaws.com", "alarm-notices", Map.of());
        sns.subscribe(b -> b.topicArn(arn).protocol("sqs").endpoint(q.arn()));
        return new Topic(arn, q);
    }

    static CloudWatchException refused(Runnable call) {
        return assertThrows(CloudWatchException.class, call::run);
    }

    @Test
    void aLambdaErrorsAlarmGoesToAlarmAfterAFailingInvocationAndBackToOkAfterASuccessfulOne() throws Exception {
        var lambda = Clients.lambda(STRATUS.endpoint());
        Topic topic = topic();
        String function = unique("checker");
        lambda.createFunction(b -> b.functionName(function).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12)
                .handler("app.handler").role(TestRoles.lambda(STRATUS.endpoint()))
                .code(c -> c.zipFile(software.amazon.awssdk.core.SdkBytes.fromByteArray(FunctionZips.of("python")))));
        String name = unique("lambda-errors");
        cw.putMetricAlarm(b -> b.alarmName(name).namespace("AWS/Lambda").metricName("Errors")
                .dimensions(Dimension.builder().name("FunctionName").value(function).build()).statistic(Statistic.SUM).period(60)
                .evaluationPeriods(1).threshold(1.0).comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData("notBreaching").alarmActions(topic.arn()).okActions(topic.arn()));
        // With missing data not breaching, the first evaluation makes the alarm OK and says so; that notice comes first.
        nextMinute();
        waitFor(() -> alarm(name).stateValue() == StateValue.OK);
        assertEquals("OK: \"" + name + "\" in US East (N. Virginia)", notifications(topic.queue(), 1).getFirst().get("Subject").asText());
        lambda.invoke(b -> b.functionName(function).payload(software.amazon.awssdk.core.SdkBytes.fromUtf8String("{\"action\": \"fail\"}")));
        nextMinute();
        waitFor(() -> alarm(name).stateValue() == StateValue.ALARM);
        assertEquals("ALARM: \"" + name + "\" in US East (N. Virginia)", notifications(topic.queue(), 1).getFirst().get("Subject").asText());
        lambda.invoke(b -> b.functionName(function).payload(software.amazon.awssdk.core.SdkBytes.fromUtf8String("{}")));
        nextMinute();
        waitFor(() -> alarm(name).stateValue() == StateValue.OK);
        lambda.close();
    }

    @Test
    void anErrorsAlarmGoesToAlarmWithinOneEvaluationNotifiesSnsAndReturnsToOk() throws Exception {
        Topic topic = topic();
        String name = unique("errors");
        Dimension fn = Dimension.builder().name("FunctionName").value("checker").build();
        cw.putMetricAlarm(b -> b.alarmName(name).alarmDescription("The checker fails").namespace("Stratus/Functions").metricName("Errors")
                .dimensions(fn).statistic(Statistic.SUM).period(60).evaluationPeriods(1).datapointsToAlarm(1).threshold(1.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD).alarmActions(topic.arn()).okActions(topic.arn()));
        MetricAlarm made = alarm(name);
        assertEquals(StateValue.INSUFFICIENT_DATA, made.stateValue());
        assertEquals("Unchecked: Initial alarm creation", made.stateReason());
        assertEquals("arn:aws:cloudwatch:us-east-1:000000000000:alarm:" + name, made.alarmArn());

        publish("Stratus/Functions", "Errors", 1, fn);
        long minute = nextMinute();
        waitFor(() -> alarm(name).stateValue() == StateValue.ALARM);
        MetricAlarm fired = alarm(name);
        String point = "1.0 (" + POINT_TIME.format(Instant.ofEpochMilli(minute)) + ")";
        assertEquals("Threshold Crossed: 1 out of the last 1 datapoints [" + point + "] was greater than or equal to the threshold (1.0) "
                + "(minimum 1 datapoint for INSUFFICIENT_DATA -> ALARM transition).", fired.stateReason());
        JsonNode data = json(fired.stateReasonData());
        assertEquals("1.0", data.get("version").asText());
        assertEquals("Sum", data.get("statistic").asText());
        assertEquals(60, data.get("period").asInt());
        assertEquals(1.0, data.get("recentDatapoints").get(0).asDouble());
        assertEquals(1.0, data.get("evaluatedDatapoints").get(0).get("value").asDouble());

        JsonNode notice = notifications(topic.queue(), 1).getFirst();
        assertEquals("ALARM: \"" + name + "\" in US East (N. Virginia)", notice.get("Subject").asText());
        JsonNode message = json(notice.get("Message").asText());
        assertEquals(name, message.get("AlarmName").asText());
        assertEquals("The checker fails", message.get("AlarmDescription").asText());
        assertEquals("000000000000", message.get("AWSAccountId").asText());
        assertEquals("ALARM", message.get("NewStateValue").asText());
        assertEquals("INSUFFICIENT_DATA", message.get("OldStateValue").asText());
        assertEquals(fired.stateReason(), message.get("NewStateReason").asText());
        assertEquals("US East (N. Virginia)", message.get("Region").asText());
        assertTrue(message.get("StateChangeTime").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"));
        JsonNode trigger = message.get("Trigger");
        assertEquals("Errors", trigger.get("MetricName").asText());
        assertEquals("Stratus/Functions", trigger.get("Namespace").asText());
        assertEquals("Statistic", trigger.get("StatisticType").asText());
        assertEquals("SUM", trigger.get("Statistic").asText());
        assertTrue(trigger.get("Unit").isNull());
        assertEquals("checker", trigger.get("Dimensions").get(0).get("value").asText());
        assertEquals("FunctionName", trigger.get("Dimensions").get(0).get("name").asText());
        assertEquals(60, trigger.get("Period").asInt());
        assertEquals("GreaterThanOrEqualToThreshold", trigger.get("ComparisonOperator").asText());
        assertEquals(1.0, trigger.get("Threshold").asDouble());
        assertEquals("- TreatMissingData:                    missing", trigger.get("TreatMissingData").asText());

        publish("Stratus/Functions", "Errors", 0, fn);
        nextMinute();
        waitFor(() -> alarm(name).stateValue() == StateValue.OK);
        JsonNode ok = notifications(topic.queue(), 1).getFirst();
        assertEquals("OK: \"" + name + "\" in US East (N. Virginia)", ok.get("Subject").asText());
        assertEquals("ALARM", json(ok.get("Message").asText()).get("OldStateValue").asText());

        List<AlarmHistoryItem> history = cw.describeAlarmHistory(b -> b.alarmName(name)).alarmHistoryItems();
        assertEquals(List.of(HistoryItemType.ACTION, HistoryItemType.STATE_UPDATE, HistoryItemType.ACTION, HistoryItemType.STATE_UPDATE,
                HistoryItemType.CONFIGURATION_UPDATE), history.stream().map(AlarmHistoryItem::historyItemType).toList(), "newest first");
        assertEquals("Alarm updated from ALARM to OK", history.get(1).historySummary());
        assertEquals("Successfully executed action " + topic.arn(), history.get(0).historySummary());
        assertEquals("ALARM", json(history.get(1).historyData()).get("oldState").get("stateValue").asText());
        assertEquals("Alarm \"" + name + "\" created", history.get(4).historySummary());
        assertEquals("Create", json(history.get(4).historyData()).get("type").asText());
        assertEquals(1, cw.describeAlarmHistory(b -> b.alarmName(name).historyItemType(HistoryItemType.CONFIGURATION_UPDATE)).alarmHistoryItems().size());
        assertEquals(HistoryItemType.CONFIGURATION_UPDATE, cw.describeAlarmHistory(b -> b.alarmName(name).scanBy("TimestampAscending").maxRecords(1))
                .alarmHistoryItems().getFirst().historyItemType());
        assertEquals(List.of(name), cw.describeAlarmsForMetric(b -> b.namespace("Stratus/Functions").metricName("Errors").dimensions(fn))
                .metricAlarms().stream().map(MetricAlarm::alarmName).toList());
    }

    @Test
    void aStepPolicyScalesAGroupFromAnAlarm() throws Exception {
        String group = group(1, 6);
        PutScalingPolicyResponse policy = asg.putScalingPolicy(b -> b.autoScalingGroupName(group).policyName("steps").policyType("StepScaling")
                .adjustmentType("ChangeInCapacity").stepAdjustments(s -> s.metricIntervalLowerBound(0.0).metricIntervalUpperBound(10.0).scalingAdjustment(1),
                        s -> s.metricIntervalLowerBound(10.0).scalingAdjustment(3)));
        String name = unique("depth");
        cw.putMetricAlarm(b -> b.alarmName(name).namespace("Stratus/App").metricName("Backlog").statistic(Statistic.MAXIMUM).period(60)
                .evaluationPeriods(1).threshold(5.0).comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .alarmActions(policy.policyARN()));
        publish("Stratus/App", "Backlog", 20);
        nextMinute();
        waitFor(() -> desired(group) == 4);
        assertTrue(asg.describeScalingActivities(b -> b.autoScalingGroupName(group)).activities().getFirst().cause()
                .contains(" a monitor alarm " + name + " in state ALARM triggered policy steps changing the desired capacity from 1 to 4."));
    }

    @Test
    void aTargetTrackingPolicyScalesOutOnHighLoadThroughTheAlarmsItKeeps() throws Exception {
        String group = group(1, 5);
        PutScalingPolicyResponse policy = asg.putScalingPolicy(b -> b.autoScalingGroupName(group).policyName("cpu50").policyType("TargetTrackingScaling")
                .targetTrackingConfiguration(t -> t.targetValue(50.0).customizedMetricSpecification(m -> m.namespace("Stratus/Fleet")
                        .metricName("CPU").statistic("Average").dimensions(d -> d.name("AutoScalingGroupName").value(group)))));
        assertEquals(2, policy.alarms().size());
        String high = policy.alarms().get(0).alarmName();
        assertTrue(high.startsWith("TargetTracking-" + group + "-AlarmHigh-"), high);
        MetricAlarm alarmHigh = alarm(high);
        assertEquals(List.of(3, 3, 50.0, ComparisonOperator.GREATER_THAN_THRESHOLD), List.of(alarmHigh.evaluationPeriods(),
                alarmHigh.datapointsToAlarm(), alarmHigh.threshold(), alarmHigh.comparisonOperator()));
        assertEquals(List.of(policy.policyARN()), alarmHigh.alarmActions());
        assertEquals(45.0, alarm(policy.alarms().get(1).alarmName()).threshold());
        Dimension byGroup = Dimension.builder().name("AutoScalingGroupName").value(group).build();
        for (int minute = 0; minute < 3; minute++) {
            publish("Stratus/Fleet", "CPU", 100, byGroup);
            nextMinute();
        }
        waitFor(() -> desired(group) == 2);
        assertEquals(StateValue.ALARM, alarm(high).stateValue());
        asg.deletePolicy(b -> b.autoScalingGroupName(group).policyName("cpu50"));
        assertTrue(cw.describeAlarms(b -> b.alarmNamePrefix("TargetTracking-" + group)).metricAlarms().isEmpty(), "the policy's alarms went with it");
    }

    static String group(int desired, int max) {
        String lc = unique("lc");
        asg.createLaunchConfiguration(b -> b.launchConfigurationName(lc).imageId(image()).instanceType("t3.micro"));
        String name = unique("fleet");
        asg.createAutoScalingGroup(b -> b.autoScalingGroupName(name).launchConfigurationName(lc).minSize(0).maxSize(max).desiredCapacity(desired)
                .availabilityZones("us-east-1a"));
        return name;
    }

    /** A built-in image of Stratus's EC2, found as a user finds one. */
    static String image() {
        return ec2.describeImages(b -> b.owners("amazon").filters(f -> f.name("name").values("al2023-ami-2023*-x86_64"))).images().getFirst().imageId();
    }

    static int desired(String group) {
        return asg.describeAutoScalingGroups(b -> b.autoScalingGroupNames(group)).autoScalingGroups().getFirst().desiredCapacity();
    }

    @Test
    void anEc2ActionStopsTheInstanceTheMetricNames() throws Exception {
        String id = ec2.runInstances(b -> b.imageId(image()).instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1))
                .instances().getFirst().instanceId();
        eventually(() -> state(id) == InstanceStateName.RUNNING);
        Dimension instance = Dimension.builder().name("InstanceId").value(id).build();
        String name = unique("unhealthy");
        cw.putMetricAlarm(b -> b.alarmName(name).namespace("Stratus/Health").metricName("Failures").dimensions(instance)
                .statistic(Statistic.SUM).period(60).evaluationPeriods(1).threshold(1.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD).alarmActions("arn:aws:automate:us-east-1:ec2:stop"));
        publish("Stratus/Health", "Failures", 3, instance);
        nextMinute();
        waitFor(() -> alarm(name).stateValue() == StateValue.ALARM);
        eventually(() -> state(id) == InstanceStateName.STOPPED);
        assertEquals("ValidationError", refused(() -> cw.putMetricAlarm(b -> b.alarmName(unique("x")).namespace("Stratus/Health")
                .metricName("Failures").statistic(Statistic.SUM).period(60).evaluationPeriods(1).threshold(1.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD).alarmActions("arn:aws:automate:us-east-1:ec2:stop")))
                .awsErrorDetails().errorCode(), "an EC2 action needs an InstanceId dimension");
    }

    static InstanceStateName state(String id) {
        return ec2.describeInstances(b -> b.instanceIds(id)).reservations().getFirst().instances().getFirst().state().name();
    }

    /** An alarm that keeps whatever state it is set to: nothing is published to its metric, and it ignores missing data. */
    static String quietAlarm(String prefix) {
        String name = unique(prefix);
        cw.putMetricAlarm(b -> b.alarmName(name).namespace("Stratus/Quiet").metricName(name).statistic(Statistic.SUM).period(60)
                .evaluationPeriods(1).threshold(1.0).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD).treatMissingData("ignore"));
        return name;
    }

    @Test
    void aCompositeAlarmWaitsOutItsSuppressorsWaitPeriodBeforeActing() throws Exception {
        Topic topic = topic();
        String a = quietAlarm("a");
        String b = quietAlarm("b");
        String suppressor = quietAlarm("maintenance");
        String composite = unique("both");
        cw.putCompositeAlarm(r -> r.alarmName(composite).alarmRule("ALARM(" + a + ") AND ALARM(\"" + b + "\")").alarmActions(topic.arn())
                .actionsSuppressor(suppressor).actionsSuppressorWaitPeriod(120).actionsSuppressorExtensionPeriod(60));
        assertEquals(StateValue.OK, compositeAlarm(composite).stateValue());
        cw.setAlarmState(r -> r.alarmName(a).stateValue(StateValue.ALARM).stateReason("testing"));
        cw.setAlarmState(r -> r.alarmName(b).stateValue(StateValue.ALARM).stateReason("testing"));
        CompositeAlarm c = compositeAlarm(composite);
        assertEquals(StateValue.ALARM, c.stateValue());
        assertTrue(c.stateReason().contains(":alarm:" + b + " transitioned to ALARM at "), c.stateReason());
        assertEquals("WaitPeriod", c.actionsSuppressedByAsString());
        assertTrue(drain(topic.queue()).isEmpty(), "held back for the WaitPeriod");
        assertEquals(java.util.Set.of(a, b), cw.describeAlarms(r -> r.childrenOfAlarmName(composite)).metricAlarms().stream()
                .map(MetricAlarm::alarmName).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(composite), cw.describeAlarms(r -> r.parentsOfAlarmName(a)).compositeAlarms().stream().map(CompositeAlarm::alarmName).toList());
        STRATUS.advance(Duration.ofSeconds(121));
        JsonNode notice = notifications(topic.queue(), 1).getFirst();
        assertEquals("ALARM: \"" + composite + "\" in US East (N. Virginia)", notice.get("Subject").asText());
        assertNull(compositeAlarm(composite).actionsSuppressedBy());

        cw.setAlarmState(r -> r.alarmName(a).stateValue(StateValue.OK).stateReason("testing"));
        cw.setAlarmState(r -> r.alarmName(suppressor).stateValue(StateValue.ALARM).stateReason("maintenance window"));
        cw.setAlarmState(r -> r.alarmName(a).stateValue(StateValue.ALARM).stateReason("testing"));
        assertEquals("Alarm", compositeAlarm(composite).actionsSuppressedByAsString(), "the suppressor in ALARM holds the actions");
        STRATUS.advance(Duration.ofSeconds(300));
        Thread.sleep(200);
        assertTrue(drain(topic.queue()).isEmpty());
        assertEquals("ValidationError", refused(() -> cw.putCompositeAlarm(r -> r.alarmName(unique("c")).alarmRule("ALARM(nobody-" + a + ")")))
                .awsErrorDetails().errorCode());
        assertEquals("ValidationError", refused(() -> cw.putCompositeAlarm(r -> r.alarmName(unique("c")).alarmRule("ALARM(" + a + ") AND")))
                .awsErrorDetails().errorCode());
    }

    @Test
    void setAlarmStatePerformsTheActionsAndTheNextEvaluationSetsItBack() throws Exception {
        Topic topic = topic();
        String name = unique("manual");
        cw.putMetricAlarm(b -> b.alarmName(name).namespace("Stratus/Manual").metricName("Value").statistic(Statistic.AVERAGE).period(60)
                .evaluationPeriods(1).threshold(1.0).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD).alarmActions(topic.arn())
                .treatMissingData("notBreaching"));
        waitFor(() -> alarm(name).stateValue() == StateValue.OK);
        cw.setAlarmState(b -> b.alarmName(name).stateValue(StateValue.ALARM).stateReason("Testing the topic").stateReasonData("{\"why\":\"test\"}"));
        MetricAlarm set = alarm(name);
        assertEquals(StateValue.ALARM, set.stateValue());
        assertEquals("Testing the topic", set.stateReason());
        assertEquals("{\"why\":\"test\"}", set.stateReasonData());
        JsonNode message = json(notifications(topic.queue(), 1).getFirst().get("Message").asText());
        assertEquals("Testing the topic", message.get("NewStateReason").asText());
        nextMinute();
        waitFor(() -> alarm(name).stateValue() == StateValue.OK);
        assertEquals("Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching].",
                alarm(name).stateReason());
        cw.disableAlarmActions(b -> b.alarmNames(name));
        assertFalse(alarm(name).actionsEnabled());
        cw.setAlarmState(b -> b.alarmName(name).stateValue(StateValue.ALARM).stateReason("quiet"));
        Thread.sleep(200);
        assertTrue(drain(topic.queue()).isEmpty(), "no actions while they are disabled");
        cw.enableAlarmActions(b -> b.alarmNames(name));
        assertEquals("InvalidFormat", refused(() -> cw.setAlarmState(b -> b.alarmName(name).stateValue(StateValue.OK).stateReason("x")
                .stateReasonData("{not json"))).awsErrorDetails().errorCode());
        assertEquals("ResourceNotFound", refused(() -> cw.setAlarmState(b -> b.alarmName("no-such-alarm").stateValue(StateValue.OK).stateReason("x")))
                .awsErrorDetails().errorCode());
    }

    @Test
    void stateChangesReachAQueueThroughAnEventBridgeRule() throws Exception {
        TestQueues.Queue q = queues.createFor("events.amazonaws.com", "alarm-events", Map.of());
        String rule = unique("alarm-changes");
        String name = quietAlarm("evented");
        events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"aws.cloudwatch\"],\"detail-type\":[\"CloudWatch Alarm State Change\"],"
                + "\"detail\":{\"alarmName\":[\"" + name + "\"]}}"));
        events.putTargets(b -> b.rule(rule).targets(t -> t.id("q").arn(q.arn())));
        cw.setAlarmState(b -> b.alarmName(name).stateValue(StateValue.ALARM).stateReason("event test"));
        List<JsonNode> got = new ArrayList<>();
        waitFor(() -> {
            got.addAll(drain(q));
            return !got.isEmpty();
        });
        JsonNode e = got.getFirst();
        assertEquals("aws.cloudwatch", e.get("source").asText());
        assertEquals("CloudWatch Alarm State Change", e.get("detail-type").asText());
        assertEquals("arn:aws:cloudwatch:us-east-1:000000000000:alarm:" + name, e.get("resources").get(0).asText());
        JsonNode detail = e.get("detail");
        assertEquals(name, detail.get("alarmName").asText());
        assertEquals("ALARM", detail.get("state").get("value").asText());
        assertEquals("event test", detail.get("state").get("reason").asText());
        assertEquals("INSUFFICIENT_DATA", detail.get("previousState").get("value").asText());
        assertEquals("Stratus/Quiet", detail.get("configuration").get("metrics").get(0).get("metricStat").get("metric").get("namespace").asText());
    }

    @Test
    void aHighResolutionAlarmIsEvaluatedWithinTenSeconds() throws Exception {
        String name = unique("fast");
        cw.putMetricAlarm(b -> b.alarmName(name).namespace("Stratus/Fast").metricName("Spikes").statistic(Statistic.MAXIMUM).period(10)
                .evaluationPeriods(1).threshold(1.0).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD));
        cw.putMetricData(b -> b.namespace("Stratus/Fast").metricData(d -> d.metricName("Spikes").value(7.0).storageResolution(1)));
        long now = STRATUS.clock().millis();
        STRATUS.advance(Duration.ofMillis(Math.floorDiv(now, 10_000L) * 10_000L + 11_000 - now));
        waitFor(() -> alarm(name).stateValue() == StateValue.ALARM);
        assertEquals(10, json(alarm(name).stateReasonData()).get("period").asInt());
    }

    @Test
    void aLambdaActionInvokesTheFunctionWithAwsPayloadWhenItsPolicyAllowsAlarms() throws Exception {
        var lambda = Clients.lambda(STRATUS.endpoint());
        TestQueues.Queue received = queues.create("alarm-payloads", Map.of());
        String function = unique("on-alarm");
        String functionArn = lambda.createFunction(b -> b.functionName(function).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12)
                .handler("app.handler").role(TestRoles.lambda(STRATUS.endpoint()))
                .code(c -> c.zipFile(software.amazon.awssdk.core.SdkBytes.fromByteArray(FunctionZips.of("python"))))).functionArn();
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(function).destinationConfig(d -> d.onSuccess(o -> o.destination(received.arn()))));
        String name = quietAlarm("invokes");
        String alarmArn = alarm(name).alarmArn();
        lambda.addPermission(b -> b.functionName(function).statementId("alarms").action("lambda:InvokeFunction")
                .principal("lambda.alarms.cloudwatch.amazonaws.com").sourceArn(alarmArn));
        cw.putMetricAlarm(b -> b.alarmName(name).namespace("Stratus/Quiet").metricName(name).statistic(Statistic.SUM).period(60)
                .evaluationPeriods(1).threshold(1.0).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD).treatMissingData("ignore")
                .alarmActions(functionArn));
        cw.setAlarmState(b -> b.alarmName(name).stateValue(StateValue.ALARM).stateReason("calling the function"));
        List<JsonNode> records = new ArrayList<>();
        for (int i = 0; i < 150 && records.isEmpty(); i++) {
            records.addAll(drain(received));
            Thread.sleep(100);
        }
        assertFalse(records.isEmpty(), "the function ran");
        JsonNode payload = records.getFirst().get("requestPayload");
        assertEquals("aws.cloudwatch", payload.get("source").asText());
        assertEquals(alarmArn, payload.get("alarmArn").asText());
        assertEquals("000000000000", payload.get("accountId").asText());
        assertEquals("us-east-1", payload.get("region").asText());
        assertEquals(name, payload.at("/alarmData/alarmName").asText());
        assertEquals("ALARM", payload.at("/alarmData/state/value").asText());
        assertEquals("calling the function", payload.at("/alarmData/state/reason").asText());
        assertEquals("INSUFFICIENT_DATA", payload.at("/alarmData/previousState/value").asText());
        assertEquals(name, payload.at("/alarmData/configuration/metrics/0/metricStat/metric/name").asText());
        lambda.close();
    }

    @Test
    void badInputGetsAwsErrors() {
        String name = unique("bad");
        java.util.function.Function<java.util.function.Consumer<PutMetricAlarmRequest.Builder>, String> code = change -> refused(() ->
                cw.putMetricAlarm(b -> {
                    b.alarmName(name).namespace("Stratus/Bad").metricName("M").statistic(Statistic.SUM).period(60).evaluationPeriods(1)
                            .threshold(1.0).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD);
                    change.accept(b);
                })).awsErrorDetails().errorCode();
        assertEquals("ValidationError", code.apply(b -> b.period(45)));
        assertEquals("ValidationError", code.apply(b -> b.period(3600).evaluationPeriods(25)));
        assertEquals("ValidationError", code.apply(b -> b.datapointsToAlarm(2)));
        assertEquals("ValidationError", code.apply(b -> b.extendedStatistic("p99")));
        assertEquals("ValidationError", code.apply(b -> b.treatMissingData("sometimes")));
        assertEquals("ValidationError", code.apply(b -> b.comparisonOperator(ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD)));
        assertEquals("ValidationError", code.apply(b -> b.alarmActions("arn:aws:ssm:us-east-1:000000000000:opsitem:3")));
        assertEquals("ValidationError", code.apply(b -> b.alarmActions("not-an-arn")));
        assertEquals("ValidationError", code.apply(b -> b.metrics(m -> m.id("m1").expression("SUM(METRICS())"))));
        assertTrue(cw.describeAlarms(b -> b.alarmNames(name)).metricAlarms().isEmpty());
        assertEquals("ValidationError", refused(() -> cw.describeAlarms(b -> b.alarmNames(name).alarmNamePrefix("b"))).awsErrorDetails().errorCode());
        assertEquals("InvalidNextToken", refused(() -> cw.describeAlarms(b -> b.nextToken("forged"))).awsErrorDetails().errorCode());
        assertEquals("ResourceNotFound", refused(() -> cw.deleteAlarms(b -> b.alarmNames(name))).awsErrorDetails().errorCode());
        assertEquals("ResourceNotFoundException", refused(() -> cw.listTagsForResource(b -> b.resourceARN(
                "arn:aws:cloudwatch:us-east-1:000000000000:alarm:" + name))).awsErrorDetails().errorCode());
    }

    @Test
    void alarmsAreTaggedPagedAndDeleted() {
        String prefix = unique("paged");
        for (int i = 0; i < 3; i++) {
            String n = prefix + "-" + i;
            cw.putMetricAlarm(b -> b.alarmName(n).namespace("Stratus/Paged").metricName("M").statistic(Statistic.SUM).period(60).evaluationPeriods(1)
                    .threshold(1.0).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD).tags(t -> t.key("team").value("web")));
        }
        var first = cw.describeAlarms(b -> b.alarmNamePrefix(prefix).maxRecords(2));
        assertEquals(2, first.metricAlarms().size());
        var second = cw.describeAlarms(b -> b.alarmNamePrefix(prefix).maxRecords(2).nextToken(first.nextToken()));
        assertEquals(List.of(prefix + "-2"), second.metricAlarms().stream().map(MetricAlarm::alarmName).toList());
        assertNull(second.nextToken());
        String arn = second.metricAlarms().getFirst().alarmArn();
        cw.tagResource(b -> b.resourceARN(arn).tags(t -> t.key("env").value("test")));
        cw.untagResource(b -> b.resourceARN(arn).tagKeys("team"));
        assertEquals(Map.of("env", "test"), cw.listTagsForResource(b -> b.resourceARN(arn)).tags().stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.key(), t -> t.value())));
        cw.deleteAlarms(b -> b.alarmNames(prefix + "-0", prefix + "-1", prefix + "-2"));
        assertTrue(cw.describeAlarms(b -> b.alarmNamePrefix(prefix)).metricAlarms().isEmpty());
        assertEquals(HistoryItemType.CONFIGURATION_UPDATE, cw.describeAlarmHistory(b -> b.alarmName(prefix + "-0")).alarmHistoryItems().getFirst()
                .historyItemType(), "history outlives the alarm");
    }
}
