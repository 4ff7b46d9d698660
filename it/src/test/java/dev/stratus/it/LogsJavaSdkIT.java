package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.*;

/** CloudWatch Logs through the AWS SDK for Java v2. */
class LogsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static CloudWatchLogsClient logs;

    @BeforeAll
    static void client() {
        logs = Clients.logs(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        logs.close();
    }

    static String group() {
        String name = "/stratus/test/" + UUID.randomUUID().toString().substring(0, 8);
        logs.createLogGroup(b -> b.logGroupName(name));
        return name;
    }

    static String code(Runnable call) {
        CloudWatchLogsException e = assertThrows(CloudWatchLogsException.class, call::run);
        return e.awsErrorDetails().errorCode();
    }

    static void put(String group, String stream, long... timestamps) {
        List<InputLogEvent> events = new ArrayList<>();
        for (long t : timestamps) {
            events.add(InputLogEvent.builder().timestamp(t).message("event at " + t).build());
        }
        logs.putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(events));
    }

    @Test
    void groupsAndStreamsLifecycle() {
        String g = group();
        assertEquals("ResourceAlreadyExistsException", code(() -> logs.createLogGroup(b -> b.logGroupName(g))));
        LogGroup described = logs.describeLogGroups(b -> b.logGroupNamePrefix(g)).logGroups().get(0);
        assertEquals("arn:aws:logs:us-east-1:000000000000:log-group:" + g + ":*", described.arn());
        assertEquals("arn:aws:logs:us-east-1:000000000000:log-group:" + g, described.logGroupArn());
        assertNull(described.retentionInDays());
        logs.putRetentionPolicy(b -> b.logGroupName(g).retentionInDays(7));
        assertEquals(7, logs.describeLogGroups(b -> b.logGroupNamePrefix(g)).logGroups().get(0).retentionInDays());

        logs.createLogStream(b -> b.logGroupName(g).logStreamName("b"));
        logs.createLogStream(b -> b.logGroupName(g).logStreamName("a"));
        assertEquals("ResourceAlreadyExistsException", code(() -> logs.createLogStream(b -> b.logGroupName(g).logStreamName("a"))));
        assertEquals(List.of("a", "b"), logs.describeLogStreams(b -> b.logGroupName(g)).logStreams().stream().map(LogStream::logStreamName).toList());
        logs.deleteLogStream(b -> b.logGroupName(g).logStreamName("a"));
        assertEquals("ResourceNotFoundException", code(() -> logs.deleteLogStream(b -> b.logGroupName(g).logStreamName("a"))));
        logs.deleteLogGroup(b -> b.logGroupName(g));
        assertEquals("ResourceNotFoundException", code(() -> logs.createLogStream(b -> b.logGroupName(g).logStreamName("x"))));
    }

    @Test
    void getLogEventsPagesBothWaysAndRepeatsTheTokenAtTheEnd() {
        String g = group();
        logs.createLogStream(b -> b.logGroupName(g).logStreamName("s"));
        long now = System.currentTimeMillis();
        put(g, "s", now, now + 1, now + 2, now + 3, now + 4);
        GetLogEventsResponse head = logs.getLogEvents(b -> b.logGroupName(g).logStreamName("s").startFromHead(true).limit(2));
        assertEquals(List.of("event at " + now, "event at " + (now + 1)), head.events().stream().map(OutputLogEvent::message).toList());
        GetLogEventsResponse next = logs.getLogEvents(b -> b.logGroupName(g).logStreamName("s").nextToken(head.nextForwardToken()).limit(10));
        assertEquals(3, next.events().size());
        GetLogEventsResponse end = logs.getLogEvents(b -> b.logGroupName(g).logStreamName("s").nextToken(next.nextForwardToken()));
        assertTrue(end.events().isEmpty());
        assertEquals(next.nextForwardToken(), end.nextForwardToken(), "at the end the same token comes back");
        GetLogEventsResponse tail = logs.getLogEvents(b -> b.logGroupName(g).logStreamName("s").limit(2));
        assertEquals(List.of("event at " + (now + 3), "event at " + (now + 4)), tail.events().stream().map(OutputLogEvent::message).toList(),
                "without startFromHead, the latest events");
        GetLogEventsResponse back = logs.getLogEvents(b -> b.logGroupName(g).logStreamName("s").nextToken(tail.nextBackwardToken()).limit(2));
        assertEquals(List.of("event at " + (now + 1), "event at " + (now + 2)), back.events().stream().map(OutputLogEvent::message).toList());
        assertNotEquals(tail.nextBackwardToken(), back.nextBackwardToken());
        assertEquals("InvalidParameterException", code(() -> logs.getLogEvents(b -> b.logGroupName(g).logStreamName("s").nextToken("x/1"))));
    }

    @Test
    void tailingAnEmptyStreamSeesEventsPutLater() {
        String g = group();
        logs.createLogStream(b -> b.logGroupName(g).logStreamName("s"));
        GetLogEventsResponse empty = logs.getLogEvents(b -> b.logGroupName(g).logStreamName("s"));
        assertTrue(empty.events().isEmpty());
        put(g, "s", System.currentTimeMillis());
        GetLogEventsResponse later = logs.getLogEvents(b -> b.logGroupName(g).logStreamName("s").nextToken(empty.nextForwardToken()));
        assertEquals(1, later.events().size());
        assertEquals("InvalidParameterException", code(() -> logs.describeLogStreams(b -> b.logGroupName(g)
                .nextToken(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("-5".getBytes())))));
    }

    @Test
    void putLogEventsRejectsWhatAwsRejects() {
        String g = group();
        logs.createLogStream(b -> b.logGroupName(g).logStreamName("s"));
        long now = System.currentTimeMillis();
        PutLogEventsResponse r = logs.putLogEvents(b -> b.logGroupName(g).logStreamName("s").logEvents(
                InputLogEvent.builder().timestamp(now - 15L * 86_400_000).message("too old").build(),
                InputLogEvent.builder().timestamp(now).message("fine").build(),
                InputLogEvent.builder().timestamp(now + 3L * 3_600_000).message("too new").build()));
        assertEquals(1, r.rejectedLogEventsInfo().tooOldLogEventEndIndex());
        assertEquals(2, r.rejectedLogEventsInfo().tooNewLogEventStartIndex());
        assertEquals(List.of("fine"), logs.getLogEvents(b -> b.logGroupName(g).logStreamName("s")).events().stream().map(OutputLogEvent::message).toList());
        assertEquals("InvalidParameterException", code(() -> put(g, "s", now, now - 1)), "out of order");
        assertEquals("InvalidParameterException", code(() -> put(g, "s", now - 25L * 3_600_000, now)), "spans more than a day");
        assertEquals("ResourceNotFoundException", code(() -> put(g, "nope", now)));
        assertEquals("InvalidParameterException", code(() -> logs.putLogEvents(b -> b.logGroupName(g).logStreamName("s").logEvents(List.of()))));
    }

    @Test
    void filterLogEventsAcrossStreamsWithPatternsAndPaging() {
        String g = group();
        logs.createLogStream(b -> b.logGroupName(g).logStreamName("one"));
        logs.createLogStream(b -> b.logGroupName(g).logStreamName("two"));
        long now = System.currentTimeMillis();
        logs.putLogEvents(b -> b.logGroupName(g).logStreamName("one").logEvents(
                InputLogEvent.builder().timestamp(now).message("{\"level\":\"ERROR\",\"ms\":900}").build(),
                InputLogEvent.builder().timestamp(now + 2).message("INFO fine").build()));
        logs.putLogEvents(b -> b.logGroupName(g).logStreamName("two").logEvents(
                InputLogEvent.builder().timestamp(now + 1).message("{\"level\":\"ERROR\",\"ms\":10}").build()));
        FilterLogEventsResponse slow = logs.filterLogEvents(b -> b.logGroupName(g).filterPattern("{ $.level = \"ERROR\" && $.ms > 500 }"));
        assertEquals(List.of("one"), slow.events().stream().map(FilteredLogEvent::logStreamName).toList());
        FilterLogEventsResponse errors = logs.filterLogEvents(b -> b.logGroupName(g).filterPattern("ERROR"));
        assertEquals(List.of("one", "two"), errors.events().stream().map(FilteredLogEvent::logStreamName).toList(), "in time order");
        FilterLogEventsResponse first = logs.filterLogEvents(b -> b.logGroupName(g).limit(2));
        assertEquals(2, first.events().size());
        FilterLogEventsResponse rest = logs.filterLogEvents(b -> b.logGroupName(g).limit(2).nextToken(first.nextToken()));
        assertEquals(List.of("INFO fine"), rest.events().stream().map(FilteredLogEvent::message).toList());
        assertNull(rest.nextToken());
        assertEquals(1, logs.filterLogEvents(b -> b.logGroupName(g).logStreamNames("two")).events().size());
        assertEquals("InvalidParameterException", code(() -> logs.filterLogEvents(b -> b.logGroupName(g).filterPattern("{ $.a = "))));
    }

    @Test
    void tagsByNameAndByArnAndValidation() {
        String g = group();
        String arn = "arn:aws:logs:us-east-1:000000000000:log-group:" + g;
        logs.tagResource(b -> b.resourceArn(arn).tags(Map.of("team", "a")));
        logs.tagLogGroup(b -> b.logGroupName(g).tags(Map.of("env", "dev")));
        assertEquals(Map.of("team", "a", "env", "dev"), logs.listTagsForResource(b -> b.resourceArn(arn)).tags());
        logs.untagResource(b -> b.resourceArn(arn).tagKeys("team"));
        assertEquals(Map.of("env", "dev"), logs.listTagsLogGroup(b -> b.logGroupName(g)).tags());
        assertEquals("InvalidParameterException", code(() -> logs.createLogGroup(b -> b.logGroupName("has space"))));
        assertEquals("InvalidParameterException", code(() -> logs.putRetentionPolicy(b -> b.logGroupName(g).retentionInDays(2))));
        assertEquals("NotImplemented", code(() -> logs.describeDestinations(b -> { })));
    }
}
