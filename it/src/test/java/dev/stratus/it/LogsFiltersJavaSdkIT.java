package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.*;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** CloudWatch Logs' metric and subscription filters and Logs Insights through the AWS SDK for Java v2. */
class LogsFiltersJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final ObjectMapper JSON = new ObjectMapper();
    static CloudWatchLogsClient logs;
    static CloudWatchClient cloudWatch;
    static LambdaClient lambda;
    static SqsClient sqs;

    @BeforeAll
    static void clients() {
        logs = Clients.logs(STRATUS.endpoint());
        cloudWatch = Clients.cloudWatch(STRATUS.endpoint());
        lambda = Clients.lambda(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        logs.close();
        cloudWatch.close();
        lambda.close();
        sqs.close();
    }

    static String group() {
        String name = "/stratus/filters/" + UUID.randomUUID().toString().substring(0, 8);
        logs.createLogGroup(b -> b.logGroupName(name));
        logs.createLogStream(b -> b.logGroupName(name).logStreamName("s"));
        return name;
    }

    static void put(String group, String... messages) {
        long now = System.currentTimeMillis();
        logs.putLogEvents(b -> b.logGroupName(group).logStreamName("s").logEvents(java.util.Arrays.stream(messages)
                .map(m -> InputLogEvent.builder().timestamp(now - 1000).message(m).build()).toList()));
    }

    static CloudWatchLogsException error(Runnable call) {
        return assertThrows(CloudWatchLogsException.class, call::run);
    }

    @Test
    void metricFiltersAreKeptListedAndTested() {
        String g = group();
        logs.putMetricFilter(b -> b.logGroupName(g).filterName("latency").filterPattern("{ $.level = \"INFO\" && $.latency > 0 }")
                .metricTransformations(t -> t.metricName("Latency").metricNamespace("App").metricValue("$.latency").unit(StandardUnit.MILLISECONDS)
                        .dimensions(Map.of("Route", "$.route"))));
        logs.putMetricFilter(b -> b.logGroupName(g).filterName("errors").filterPattern("%ERROR:[0-9]{3}%")
                .metricTransformations(t -> t.metricName("Errors").metricNamespace("App").metricValue("1").defaultValue(0.0)));
        List<MetricFilter> filters = logs.describeMetricFilters(b -> b.logGroupName(g)).metricFilters();
        assertEquals(List.of("errors", "latency"), filters.stream().map(MetricFilter::filterName).toList());
        assertEquals("$.latency", filters.get(1).metricTransformations().getFirst().metricValue());
        assertEquals(Map.of("Route", "$.route"), filters.get(1).metricTransformations().getFirst().dimensions());
        assertEquals(1, logs.describeMetricFilters(b -> b.metricName("Errors").metricNamespace("App")).metricFilters().stream()
                .filter(f -> f.logGroupName().equals(g)).count());

        TestMetricFilterResponse tested = logs.testMetricFilter(b -> b.filterPattern("[ip, user, status = 5*, bytes > 1000]")
                .logEventMessages("1.2.3.4 alice 503 2048", "1.2.3.4 bob 200 4096"));
        assertEquals(1, tested.matches().size());
        assertEquals("2048", tested.matches().getFirst().extractedValues().get("$bytes"));

        assertEquals("InvalidParameterException", error(() -> logs.putMetricFilter(b -> b.logGroupName(g).filterName("bad").filterPattern("{ $.x = ")
                .metricTransformations(t -> t.metricName("M").metricNamespace("App").metricValue("1")))).awsErrorDetails().errorCode());
        assertEquals("InvalidParameterException", error(() -> logs.putMetricFilter(b -> b.logGroupName(g).filterName("bad").filterPattern("")
                .metricTransformations(t -> t.metricName("M").metricNamespace("App").metricValue("lots")))).awsErrorDetails().errorCode());
        assertEquals("ResourceNotFoundException", error(() -> logs.putMetricFilter(b -> b.logGroupName(g + "-none").filterName("x").filterPattern("")
                .metricTransformations(t -> t.metricName("M").metricNamespace("App").metricValue("1")))).awsErrorDetails().errorCode());
        logs.deleteMetricFilter(b -> b.logGroupName(g).filterName("errors"));
        assertEquals("ResourceNotFoundException", error(() -> logs.deleteMetricFilter(b -> b.logGroupName(g).filterName("errors")))
                .awsErrorDetails().errorCode());
    }

    @Test
    void aMetricFilterMakesDataCloudWatchAnswers() {
        String g = group();
        String namespace = "LogsIT/" + UUID.randomUUID().toString().substring(0, 8);
        logs.putMetricFilter(b -> b.logGroupName(g).filterName("latency").filterPattern("{ $.level = \"INFO\" }")
                .metricTransformations(t -> t.metricName("Latency").metricNamespace(namespace).metricValue("$.latency")
                        .unit(StandardUnit.MILLISECONDS).dimensions(Map.of("Route", "$.route"))));
        put(g, "{\"level\":\"INFO\",\"latency\":12,\"route\":\"/a\"}", "{\"level\":\"INFO\",\"latency\":30,\"route\":\"/a\"}",
                "{\"level\":\"DEBUG\",\"latency\":99,\"route\":\"/a\"}");
        Instant now = Instant.now();
        Datapoint point = null;
        // CloudWatch stores what services record within seconds (every 2 s)
        for (long until = System.nanoTime() + 15_000_000_000L; point == null && System.nanoTime() < until; ) {
            List<Datapoint> got = cloudWatch.getMetricStatistics(b -> b.namespace(namespace).metricName("Latency")
                    .dimensions(Dimension.builder().name("Route").value("/a").build()).startTime(now.minusSeconds(600)).endTime(now.plusSeconds(60))
                    .period(3600).statistics(Statistic.SUM, Statistic.SAMPLE_COUNT, Statistic.MAXIMUM)).datapoints();
            if (!got.isEmpty() && got.getFirst().sampleCount() == 2.0) {
                point = got.getFirst();
            } else {
                sleep(500);
            }
        }
        assertTrue(point != null, "the filter's datapoints reach CloudWatch");
        assertEquals(42.0, point.sum());
        assertEquals(30.0, point.maximum());
        assertEquals(software.amazon.awssdk.services.cloudwatch.model.StandardUnit.MILLISECONDS, point.unit());
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aSubscriptionDeliversAwsPayloadToAFunction() throws Exception {
        String g = group();
        String role = TestRoles.lambda(STRATUS.endpoint());
        TestQueues.Queue delivered = new TestQueues(sqs).create("logs-sub", Map.of());
        String name = "logs-sink-" + UUID.randomUUID().toString().substring(0, 8);
        String arn = lambda.createFunction(b -> b.functionName(name).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12)
                .handler("app.handler").role(role).code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python"))))).functionArn();
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).maximumRetryAttempts(0)
                .destinationConfig(d -> d.onSuccess(s -> s.destination(delivered.arn()))));

        CloudWatchLogsException refused = error(() -> logs.putSubscriptionFilter(b -> b.logGroupName(g).filterName("errors")
                .filterPattern("ERROR").destinationArn(arn)));
        assertEquals("InvalidParameterException", refused.awsErrorDetails().errorCode());
        assertEquals("Could not execute the lambda function. Make sure you have given CloudWatch Logs permission to execute your function.",
                refused.awsErrorDetails().errorMessage());
        assertEquals("InvalidParameterException", error(() -> logs.putSubscriptionFilter(b -> b.logGroupName(g).filterName("k")
                .filterPattern("").destinationArn("arn:aws:kinesis:us-east-1:000000000000:stream/s")
                .roleArn("arn:aws:iam::000000000000:role/r"))).awsErrorDetails().errorCode());

        String groupArn = logs.describeLogGroups(b -> b.logGroupNamePrefix(g)).logGroups().getFirst().arn();
        lambda.addPermission(b -> b.functionName(name).statementId("logs").action("lambda:InvokeFunction").principal("logs.amazonaws.com")
                .sourceArn(groupArn));
        logs.putSubscriptionFilter(b -> b.logGroupName(g).filterName("errors").filterPattern("ERROR").destinationArn(arn));
        SubscriptionFilter described = logs.describeSubscriptionFilters(b -> b.logGroupName(g)).subscriptionFilters().getFirst();
        assertEquals(arn, described.destinationArn());
        assertEquals(Distribution.BY_LOG_STREAM, described.distribution());

        put(g, "ERROR one", "INFO skipped", "ERROR two");
        JsonNode record = JSON.readTree(receive(delivered, 30).body());
        JsonNode data = decode(record.at("/requestPayload/awslogs/data").asText());
        assertEquals("DATA_MESSAGE", data.get("messageType").asText());
        assertEquals("000000000000", data.get("owner").asText());
        assertEquals(g, data.get("logGroup").asText());
        assertEquals("s", data.get("logStream").asText());
        assertEquals("errors", data.get("subscriptionFilters").get(0).asText());
        assertEquals(List.of("ERROR one", "ERROR two"), List.of(data.get("logEvents").get(0).get("message").asText(),
                data.get("logEvents").get(1).get("message").asText()));
        assertEquals(56, data.get("logEvents").get(0).get("id").asText().length());

        logs.deleteSubscriptionFilter(b -> b.logGroupName(g).filterName("errors"));
        assertEquals(List.of(), logs.describeSubscriptionFilters(b -> b.logGroupName(g)).subscriptionFilters());
    }

    static Message receive(TestQueues.Queue q, int seconds) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(q.url()).waitTimeSeconds(1)).messages();
            if (!got.isEmpty()) {
                return got.getFirst();
            }
        }
        throw new AssertionError("nothing arrived in " + q.url() + " within " + seconds + " s");
    }

    static JsonNode decode(String data) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(data)))) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void insightsQueriesRunOverTheStoredEvents() {
        String g = group();
        put(g, "{\"level\":\"INFO\",\"latency\":100}", "{\"level\":\"ERROR\",\"latency\":900}", "{\"level\":\"INFO\",\"latency\":300}");
        long now = Instant.now().getEpochSecond();
        String id = logs.startQuery(b -> b.logGroupName(g).startTime(now - 3600).endTime(now + 60)
                .queryString("filter ispresent(level) | stats count(*) as n, avg(latency) as avg by level | sort n desc")).queryId();
        GetQueryResultsResponse results = logs.getQueryResults(b -> b.queryId(id));
        assertEquals(QueryStatus.COMPLETE, results.status());
        assertEquals(List.of(List.of("level=INFO", "n=2", "avg=200"), List.of("level=ERROR", "n=1", "avg=900")), results.results().stream()
                .map(row -> row.stream().map(f -> f.field() + "=" + f.value()).toList()).toList());
        assertEquals(3.0, results.statistics().recordsScanned());
        assertEquals(3.0, results.statistics().recordsMatched());
        assertTrue(logs.describeQueries(b -> b.logGroupName(g)).queries().stream().anyMatch(q -> q.queryId().equals(id)));

        String events = logs.startQuery(b -> b.logGroupNames(g).startTime(now - 3600).endTime(now + 60)
                .queryString("fields @timestamp, level | filter level = 'ERROR'")).queryId();
        List<ResultField> row = logs.getQueryResults(b -> b.queryId(events)).results().getFirst();
        String ptr = row.stream().filter(f -> f.field().equals("@ptr")).findFirst().orElseThrow().value();
        Map<String, String> full = logs.getLogRecord(b -> b.logRecordPointer(ptr)).logRecord();
        assertEquals("{\"level\":\"ERROR\",\"latency\":900}", full.get("@message"));
        assertEquals("s", full.get("@logStream"));

        CloudWatchLogsException malformed = error(() -> logs.startQuery(b -> b.logGroupName(g).startTime(now - 60).endTime(now)
                .queryString("fields level | stats nonsense(level)")));
        assertEquals("MalformedQueryException", malformed.awsErrorDetails().errorCode());
        assertEquals("ResourceNotFoundException", error(() -> logs.startQuery(b -> b.logGroupName(g + "-none").startTime(now - 60).endTime(now)
                .queryString("fields @message"))).awsErrorDetails().errorCode());
        assertEquals("InvalidParameterException", error(() -> logs.stopQuery(b -> b.queryId(id))).awsErrorDetails().errorCode());
    }
}
