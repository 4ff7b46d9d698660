package dev.stratus.it;

import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.CreateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ListSchedulesResponse;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.ScheduleGroupState;
import software.amazon.awssdk.services.scheduler.model.SchedulerException;
import software.amazon.awssdk.services.scheduler.model.Target;
import software.amazon.awssdk.services.scheduler.model.ValidationException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * EventBridge Scheduler through the AWS SDK for Java v2, with Stratus's clock moved by the test:
 * schedules deliver to SQS and Lambda at the instants AWS's would (a cron in a time zone across a
 * daylight-saving change, flexible windows, end dates), a one-time schedule deletes itself, a
 * failing target dead-letters, and bad input gets AWS's errors.
 */
class SchedulerJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static final String ROLE_NAME = "scheduler-role";
    static final String ROLE = "arn:aws:iam::000000000000:role/" + ROLE_NAME;
    /** The execution role as AWS's guide sets one up: trusted by scheduler.amazonaws.com, allowed to call its targets. */
    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"scheduler.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"sqs:SendMessage\",\"lambda:InvokeFunction\",\"sns:Publish\",\"events:PutEvents\"],\"Resource\":\"*\"}]}";

    static SchedulerClient scheduler;
    static SqsClient sqs;
    static LambdaClient lambda;
    static CloudWatchLogsClient logs;

    @BeforeAll
    static void clients() {
        scheduler = Clients.scheduler(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        lambda = Clients.lambda(STRATUS.endpoint());
        logs = Clients.logs(STRATUS.endpoint());
        try (var iam = Clients.iam(STRATUS.endpoint())) {
            iam.createRole(b -> b.roleName(ROLE_NAME).assumeRolePolicyDocument(TRUST));
            iam.putRolePolicy(b -> b.roleName(ROLE_NAME).policyName("targets").policyDocument(POLICY));
        }
    }

    @AfterAll
    static void close() {
        scheduler.close();
        sqs.close();
        lambda.close();
        logs.close();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    record Queue(String url, String arn) {
    }

    static Queue queue(String name) {
        String url = sqs.createQueue(b -> b.queueName(name)).queueUrl();
        return new Queue(url, sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNamesWithStrings("QueueArn")).attributes()
                .get(software.amazon.awssdk.services.sqs.model.QueueAttributeName.QUEUE_ARN));
    }

    static Instant now() {
        return Instant.ofEpochMilli(STRATUS.clock().millis());
    }

    /** Moves Stratus's clock to {@code when} (never back). */
    static void moveTo(Instant when) {
        long by = when.toEpochMilli() - STRATUS.clock().millis();
        if (by > 0) {
            STRATUS.advance(Duration.ofMillis(by));
        }
    }

    /**
     * The bodies in the queue once {@code expected} have arrived (within 10 s), or after a short
     * look when none are expected: the clock stands still, so what is owed arrives at once.
     */
    static List<String> bodies(Queue q, int expected) throws InterruptedException {
        List<String> out = new ArrayList<>();
        long start = System.nanoTime();
        long until = start + (expected == 0 ? 300_000_000L : 10_000_000_000L);
        while (out.size() < Math.max(expected, 1) && System.nanoTime() < until) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10)).messages();
            for (Message m : got) {
                out.add(m.body());
                sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(m.receiptHandle()));
            }
            if (got.isEmpty()) {
                Thread.sleep(50);
            }
        }
        return out;
    }

    static String create(Consumer<CreateScheduleRequest.Builder> request) {
        return scheduler.createSchedule(b -> {
            b.flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF));
            request.accept(b);
        }).scheduleArn();
    }

    static Target target(String arn, String input) {
        return Target.builder().arn(arn).roleArn(ROLE).input(input).build();
    }

    static String at(Instant when) {
        return "at(" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(when.atZone(ZoneId.of("UTC"))) + ")";
    }

    @Test
    void aOneTimeScheduleDeliversOnceToSqsAndThenIsGone() throws Exception {
        Queue q = queue(unique("once"));
        Instant when = now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        String name = unique("once");
        String arn = create(b -> b.name(name).scheduleExpression(at(when)).actionAfterCompletion(ActionAfterCompletion.DELETE)
                .target(target(q.arn(), "{\"at\":\"<aws.scheduler.scheduled-time>\",\"arn\":\"<aws.scheduler.schedule-arn>\"}")));
        assertEquals("arn:aws:scheduler:us-east-1:000000000000:schedule/default/" + name, arn);
        GetScheduleResponse got = scheduler.getSchedule(b -> b.name(name));
        assertEquals("default", got.groupName());
        assertEquals("UTC", got.scheduleExpressionTimezone());
        assertEquals(ActionAfterCompletion.DELETE, got.actionAfterCompletion());

        moveTo(when.minusSeconds(1));
        assertEquals(List.of(), bodies(q, 0));
        moveTo(when);
        List<String> delivered = bodies(q, 1);
        assertEquals(1, delivered.size());
        assertEquals(when.toString(), json(delivered.get(0)).get("at").asText());
        assertEquals(arn, json(delivered.get(0)).get("arn").asText());
        ResourceNotFoundException gone = assertThrows(ResourceNotFoundException.class, () -> scheduler.getSchedule(b -> b.name(name)));
        assertEquals("Schedule " + name + " does not exist.", gone.awsErrorDetails().errorMessage());
        moveTo(when.plus(Duration.ofMinutes(5)));
        assertEquals(List.of(), bodies(q, 0));
    }

    @Test
    void aCronInNewYorkFiresAtTheRightUtcInstantsAcrossADaylightSavingChange() throws Exception {
        ZoneId ny = ZoneId.of("America/New_York");
        LocalDate change = LocalDate.ofInstant(ny.getRules().nextTransition(now().plus(Duration.ofDays(2))).getInstant(), ny);
        List<Instant> expected = new ArrayList<>();
        for (int d = -1; d <= 1; d++) {
            expected.add(ZonedDateTime.of(change.plusDays(d), LocalTime.of(9, 0), ny).toInstant());
        }
        assertTrue(Duration.between(expected.get(0), expected.get(1)).toHours() != 24, "the day of the change is 23 or 25 hours long");
        Queue q = queue(unique("cron"));
        String name = unique("nine");
        create(b -> b.name(name).scheduleExpression("cron(0 9 * * ? *)").scheduleExpressionTimezone("America/New_York")
                .startDate(expected.get(0).minus(Duration.ofHours(1))).endDate(expected.get(2).plus(Duration.ofHours(1)))
                .target(target(q.arn(), "<aws.scheduler.scheduled-time>")));
        for (Instant fire : expected) {
            moveTo(fire.minusSeconds(1));
            assertEquals(List.of(), bodies(q, 0), "not before " + fire);
            moveTo(fire);
            assertEquals(List.of(fire.toString()), bodies(q, 1));
        }
        moveTo(expected.get(2).plus(Duration.ofDays(2)));
        assertEquals(List.of(), bodies(q, 0), "the EndDate passed");
    }

    @Test
    void aRateScheduleInvokesALambdaFunctionAsItsRole() throws Exception {
        String function = unique("scheduled");
        lambda.createFunction(b -> b.functionName(function).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12)
                .handler("app.handler").role(TestRoles.lambda(STRATUS.endpoint()))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python")))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(function));
        String functionArn = lambda.getFunction(b -> b.functionName(function)).configuration().functionArn();
        String marker = unique("tick");
        create(b -> b.name(unique("every5")).scheduleExpression("rate(5 minutes)")
                .target(target(functionArn, "{\"marker\":\"" + marker + "\",\"id\":\"<aws.scheduler.execution-id>\"}")));
        assertEquals(1, echoes(function, marker, 1), "a rate without a StartDate invokes at once");
        moveTo(now().plus(Duration.ofMinutes(5)));
        assertEquals(2, echoes(function, marker, 2));
    }

    /** How many of the function's echo lines carry the marker, once there are {@code atLeast}. */
    static int echoes(String function, String marker, int atLeast) throws InterruptedException {
        int seen = 0;
        for (int i = 0; i < 300; i++) {
            try {
                seen = 0;
                for (FilteredLogEvent e : logs.filterLogEvents(b -> b.logGroupName("/aws/lambda/" + function)).events()) {
                    seen += e.message().startsWith("echo ") && e.message().contains(marker) ? 1 : 0;
                }
                if (seen >= atLeast) {
                    return seen;
                }
            } catch (software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException notYet) {
                // The log group appears with the first lines.
            }
            Thread.sleep(100);
        }
        return seen;
    }

    @Test
    void aFlexibleWindowDeliversOnceWithinTheWindow() throws Exception {
        Queue q = queue(unique("flex"));
        Instant when = now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
        create(b -> b.name(unique("flex")).scheduleExpression(at(when)).flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.FLEXIBLE)
                .maximumWindowInMinutes(15)).target(target(q.arn(), "<aws.scheduler.scheduled-time>")));
        moveTo(when.minusSeconds(1));
        assertEquals(List.of(), bodies(q, 0));
        moveTo(when.plus(Duration.ofMinutes(15)));
        assertEquals(List.of(when.toString()), bodies(q, 1), "at a random point of the window, carrying the time it was scheduled for");
        moveTo(when.plus(Duration.ofMinutes(40)));
        assertEquals(List.of(), bodies(q, 0));
    }

    @Test
    void anEndDateStopsARate() throws Exception {
        Queue q = queue(unique("ends"));
        Instant start = now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES);
        String name = unique("ends");
        create(b -> b.name(name).scheduleExpression("rate(1 minute)").startDate(start).endDate(start.plus(Duration.ofSeconds(150)))
                .target(target(q.arn(), "tick")));
        for (int m = 0; m <= 4; m++) {
            moveTo(start.plus(Duration.ofMinutes(m)));
            assertEquals(m <= 2 ? 1 : 0, bodies(q, m <= 2 ? 1 : 0).size(), "minute " + m + ": at the start, a minute and two minutes later; then the EndDate");
        }
        assertEquals(name, scheduler.getSchedule(b -> b.name(name)).name(), "ActionAfterCompletion NONE keeps it");
    }

    @Test
    void aTargetQueueThatIsGoneIsRetriedThenDeadLettered() throws Exception {
        Queue dlq = queue(unique("dlq"));
        Queue doomed = queue(unique("doomed"));
        sqs.deleteQueue(b -> b.queueUrl(doomed.url()));
        Instant when = now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MINUTES);
        create(b -> b.name(unique("doomed")).scheduleExpression(at(when)).target(Target.builder().arn(doomed.arn()).roleArn(ROLE).input("lost")
                .retryPolicy(r -> r.maximumRetryAttempts(2).maximumEventAgeInSeconds(3600)).deadLetterConfig(d -> d.arn(dlq.arn())).build()));
        List<String> dead = new ArrayList<>();
        for (int s = 0; s <= 600 && dead.isEmpty(); s += 30) {
            moveTo(when.plusSeconds(s));
            dead.addAll(bodies(dlq, 0));
        }
        assertEquals(List.of("lost"), dead);
    }

    @Test
    void groupsHoldSchedulesAndTakeThemWhenDeleted() throws Exception {
        String group = unique("team");
        String groupArn = scheduler.createScheduleGroup(b -> b.name(group).tags(t -> t.key("owner").value("ops"))).scheduleGroupArn();
        assertEquals("arn:aws:scheduler:us-east-1:000000000000:schedule-group/" + group, groupArn);
        assertEquals("owner", scheduler.listTagsForResource(b -> b.resourceArn(groupArn)).tags().get(0).key());
        assertEquals(ScheduleGroupState.ACTIVE, scheduler.getScheduleGroup(b -> b.name("default")).state());
        Queue q = queue(unique("grouped"));
        String name = unique("in-group");
        create(b -> b.name(name).groupName(group).scheduleExpression("rate(1 day)").startDate(now().plus(Duration.ofHours(1)))
                .target(target(q.arn(), "x")));
        assertEquals(1, scheduler.listSchedules(b -> b.groupName(group)).schedules().size());
        scheduler.deleteScheduleGroup(b -> b.name(group));
        assertEquals(ScheduleGroupState.DELETING, scheduler.getScheduleGroup(b -> b.name(group)).state());
        assertThrows(ResourceNotFoundException.class, () -> scheduler.getSchedule(b -> b.name(name).groupName(group)));
        moveTo(now().plus(Duration.ofHours(2)));
        assertEquals(List.of(), bodies(q, 0));
        assertThrows(ResourceNotFoundException.class, () -> scheduler.getScheduleGroup(b -> b.name(group)));
    }

    @Test
    void listingsFilterAndPage() {
        String prefix = unique("page");
        for (int i = 0; i < 3; i++) {
            String name = prefix + "-" + i;
            create(b -> b.name(name).scheduleExpression("rate(1 day)").startDate(now().plus(Duration.ofDays(1))).target(target(
                    "arn:aws:sqs:us-east-1:000000000000:nowhere", "x")));
        }
        ListSchedulesResponse first = scheduler.listSchedules(b -> b.namePrefix(prefix).maxResults(2));
        assertEquals(2, first.schedules().size());
        ListSchedulesResponse rest = scheduler.listSchedules(b -> b.namePrefix(prefix).maxResults(2).nextToken(first.nextToken()));
        assertEquals(List.of(prefix + "-2"), rest.schedules().stream().map(s -> s.name()).toList());
        assertNull(rest.nextToken());
        assertEquals(3, scheduler.listSchedulesPaginator(b -> b.namePrefix(prefix).maxResults(1)).schedules().stream().count());
        assertEquals(0, scheduler.listSchedules(b -> b.namePrefix(prefix).state("DISABLED")).schedules().size());
    }

    static String refusal(Class<? extends SchedulerException> type, org.junit.jupiter.api.function.Executable call) {
        return assertThrows(type, call).awsErrorDetails().errorMessage();
    }

    @Test
    void badInputGetsAwsErrorsForEachOperation() {
        Target t = target("arn:aws:sqs:us-east-1:000000000000:nowhere", "x");
        assertEquals("Invalid Schedule Expression rate(1 minutes)", refusal(ValidationException.class,
                () -> create(b -> b.name("bad").scheduleExpression("rate(1 minutes)").target(t))));
        refusal(ValidationException.class, () -> create(b -> b.name("bad").scheduleExpression("cron(0 9 * * ? *)").scheduleExpressionTimezone("Mars/Base")
                .target(t)));
        refusal(ValidationException.class, () -> create(b -> b.name("bad").scheduleExpression("rate(1 hour)")
                .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.FLEXIBLE)).target(t)));
        refusal(ValidationException.class, () -> create(b -> b.name("bad name!").scheduleExpression("rate(1 hour)").target(t)));
        refusal(ValidationException.class, () -> create(b -> b.name("bad").scheduleExpression("rate(1 hour)")
                .target(target("arn:aws:scheduler:::aws-sdk:dynamodb:putItem", "{}"))));
        assertEquals("Schedule group nope does not exist.", refusal(ResourceNotFoundException.class,
                () -> create(b -> b.name("bad").groupName("nope").scheduleExpression("rate(1 hour)").target(t))));
        String name = unique("dup");
        create(b -> b.name(name).scheduleExpression("rate(1 hour)").startDate(now().plus(Duration.ofDays(1))).target(t));
        assertEquals("Schedule " + name + " already exists.", refusal(ConflictException.class,
                () -> create(b -> b.name(name).scheduleExpression("rate(1 hour)").target(t))));
        assertEquals("Schedule nope does not exist.", refusal(ResourceNotFoundException.class, () -> scheduler.getSchedule(b -> b.name("nope"))));
        assertEquals("Schedule nope does not exist.", refusal(ResourceNotFoundException.class, () -> scheduler.updateSchedule(b -> b.name("nope")
                .scheduleExpression("rate(1 hour)").flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF)).target(t))));
        assertEquals("Schedule nope does not exist.", refusal(ResourceNotFoundException.class, () -> scheduler.deleteSchedule(b -> b.name("nope"))));
        refusal(ValidationException.class, () -> scheduler.listSchedules(b -> b.nextToken("forged")));
        refusal(ValidationException.class, () -> scheduler.listScheduleGroups(b -> b.nextToken("forged")));
        refusal(ResourceNotFoundException.class, () -> scheduler.listSchedules(b -> b.groupName("nope")));
        refusal(ValidationException.class, () -> scheduler.deleteScheduleGroup(b -> b.name("default")));
        assertEquals("Schedule group nope does not exist.", refusal(ResourceNotFoundException.class,
                () -> scheduler.deleteScheduleGroup(b -> b.name("nope"))));
        assertEquals("Schedule group nope does not exist.", refusal(ResourceNotFoundException.class,
                () -> scheduler.getScheduleGroup(b -> b.name("nope"))));
        String group = unique("twice");
        scheduler.createScheduleGroup(b -> b.name(group));
        assertEquals("Schedule group " + group + " already exists.", refusal(ConflictException.class,
                () -> scheduler.createScheduleGroup(b -> b.name(group))));
        refusal(ResourceNotFoundException.class, () -> scheduler.tagResource(b -> b.resourceArn(
                "arn:aws:scheduler:us-east-1:000000000000:schedule-group/nope").tags(x -> x.key("k").value("v"))));
        refusal(ValidationException.class, () -> scheduler.untagResource(b -> b.resourceArn(
                "arn:aws:scheduler:us-east-1:000000000000:schedule/default/" + name).tagKeys("k")));
        refusal(ValidationException.class, () -> scheduler.listTagsForResource(b -> b.resourceArn("not-an-arn")));
    }
}
