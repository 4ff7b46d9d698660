package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The metrics Lambda, SQS, SNS, EventBridge and EC2 publish, read back through the Java SDK's
 * CloudWatch client (Smithy RPC v2 CBOR) once the clock has passed CloudWatch's minute.
 */
class BuiltInMetricsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static CloudWatchClient cloudWatch;
    static LambdaClient lambda;
    static SqsClient sqs;
    static SnsClient sns;
    static EventBridgeClient events;
    static Ec2Client ec2;

    @BeforeAll
    static void clients() {
        cloudWatch = Clients.cloudWatch(STRATUS.endpoint());
        lambda = Clients.lambda(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        sns = Clients.sns(STRATUS.endpoint());
        events = Clients.events(STRATUS.endpoint());
        ec2 = Clients.ec2(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        for (AutoCloseable c : List.<AutoCloseable>of(cloudWatch, lambda, sqs, sns, events, ec2)) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a client cannot fail a test
            }
        }
    }

    /**
     * One statistic of a metric over the minutes around now (the sum of the minutes' sums, the most
     * of their maxima, the mean of their averages), waiting for CloudWatch's minute to store them.
     */
    static double statistic(String namespace, String name, Map<String, String> dims, Statistic statistic) throws InterruptedException {
        Instant now = Instant.ofEpochMilli(STRATUS.clock().millis());
        List<Dimension> dimensions = dims.entrySet().stream().map(e -> Dimension.builder().name(e.getKey()).value(e.getValue()).build()).toList();
        for (int i = 0; i < 100; i++) {
            List<Datapoint> points = cloudWatch.getMetricStatistics(b -> b.namespace(namespace).metricName(name).dimensions(dimensions)
                    .startTime(now.minus(Duration.ofMinutes(10))).endTime(now.plus(Duration.ofMinutes(1))).period(60).statistics(statistic)).datapoints();
            if (!points.isEmpty()) {
                return switch (statistic) {
                    case SUM -> points.stream().mapToDouble(Datapoint::sum).sum();
                    case MAXIMUM -> points.stream().mapToDouble(Datapoint::maximum).max().orElseThrow();
                    case AVERAGE -> points.stream().mapToDouble(Datapoint::average).average().orElseThrow();
                    default -> throw new IllegalArgumentException(statistic.toString());
                };
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no datapoints of " + namespace + " " + name + " " + dims);
    }

    @Test
    void eachServicesMetricsAreReadBackThroughCloudWatch() throws Exception {
        String role = TestRoles.lambda(STRATUS.endpoint());
        lambda.createFunction(b -> b.functionName("metered").runtime(Runtime.PYTHON3_12).handler("app.handler").role(role)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python")))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName("metered"));
        for (String action : List.of("fail", "fail", "echo")) {
            lambda.invoke(b -> b.functionName("metered").payload(SdkBytes.fromUtf8String("{\"action\":\"" + action + "\"}")));
        }

        String queue = sqs.createQueue(b -> b.queueName("metered")).queueUrl();
        for (String body : List.of("a", "bb", "ccc")) {
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody(body));
        }

        String topic = sns.createTopic(b -> b.name("metered")).topicArn();
        sns.publish(b -> b.topicArn(topic).message("hello"));

        events.putRule(b -> b.name("metered").eventPattern("{\"source\":[\"metered.app\"]}"));
        events.putEvents(b -> b.entries(e -> e.source("metered.app").detailType("t").detail("{}")));

        String image = ec2.describeImages(b -> b.owners("amazon").filters(f -> f.name("name").values("al2023-ami-2023*-x86_64"))).images().getFirst().imageId();
        String instance = ec2.runInstances(b -> b.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1)).instances().getFirst().instanceId();
        STRATUS.advance(Duration.ofSeconds(5));
        for (int i = 0; i < 100 && ec2.describeInstances(b -> b.instanceIds(instance)).reservations().getFirst().instances().getFirst().state().name()
                != InstanceStateName.RUNNING; i++) {
            Thread.sleep(50);
        }
        ec2.createTags(b -> b.resources(instance).tags(t -> t.key("stratus:cpu-utilization").value("85")));
        assertEquals("pending", ec2.monitorInstances(b -> b.instanceIds(instance)).instanceMonitorings().getFirst().monitoring().stateAsString());

        STRATUS.advance(Duration.ofMinutes(1));

        Map<String, String> fn = Map.of("FunctionName", "metered");
        assertEquals(3, statistic("AWS/Lambda", "Invocations", fn, Statistic.SUM));
        assertEquals(2, statistic("AWS/Lambda", "Errors", fn, Statistic.SUM));
        assertTrue(statistic("AWS/Lambda", "Duration", fn, Statistic.MAXIMUM) > 0);
        assertEquals(3, statistic("AWS/SQS", "NumberOfMessagesSent", Map.of("QueueName", "metered"), Statistic.SUM));
        assertEquals(2, statistic("AWS/SQS", "SentMessageSize", Map.of("QueueName", "metered"), Statistic.AVERAGE));
        assertEquals(3, statistic("AWS/SQS", "ApproximateNumberOfMessagesVisible", Map.of("QueueName", "metered"), Statistic.MAXIMUM));
        assertEquals(1, statistic("AWS/SNS", "NumberOfMessagesPublished", Map.of("TopicName", "metered"), Statistic.SUM));
        assertEquals(1, statistic("AWS/Events", "TriggeredRules", Map.of("RuleName", "metered"), Statistic.SUM));
        assertEquals(85, statistic("AWS/EC2", "CPUUtilization", Map.of("InstanceId", instance), Statistic.AVERAGE));
    }
}
