package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.testkit.StratusExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AlarmHistoryItem;
import software.amazon.awssdk.services.cloudwatch.model.HistoryItemType;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * The automations of {@code examples/} as their READMEs tell a user to run them: each README's
 * commands (the example's {@code setup.sh} with the AWS CLI, then the trigger: an instance
 * stopped, a group scaled out, an instance launched by an IAM user), typed into bash, and the
 * outcome checked through the Java SDK: the checks poll, and each AWS CLI process costs about a
 * CPU-second, which made the examples the busiest tests of a CI run. Each example has a Stratus
 * of its own, as each would have an account of its own (the 20:50 one stops every instance there
 * is), with a manual clock that the test moves past EC2's transitions and to 20:50. The handlers are the examples' files, unchanged.
 * The examples run beside the other test classes, each on its own port: most of their time is
 * the README's CLI commands starting and the looks at a clock that moves.
 */
@Execution(ExecutionMode.CONCURRENT)
class ExamplesIT {
    private static final String ACCOUNT = "000000000000";
    /** Time between a user's commands: long enough for a launched instance to be running. */
    private static final Duration PAUSE = Duration.ofMinutes(1);
    /** How far the clock moves between looks at an alarm, which is evaluated as each minute ends. */
    private static final Duration ALARM_STEP = Duration.ofSeconds(20);

    @Nested
    class RestartOnStop {
        @RegisterExtension
        static final StratusExtension STRATUS = new StratusExtension().manualClock();

        @Test
        void anInstanceThatStopsIsStartedAgain(@TempDir Path dir) throws Exception {
            ExampleShell sh = ExampleShell.on(STRATUS, dir);
            Ec2Client ec2 = Clients.ec2(STRATUS.endpoint());
            sh.readme("restart-on-stop", PAUSE);
            List<String> launched = instances(ec2);
            assertEquals(1, launched.size(), launched.toString());
            String id = launched.get(0);
            sh.eventually(id + " started again by the function and running",
                    () -> sh.logs("restart-on-stop").contains(id + " is stopped: starting it again") && allIn(ec2, List.of(id), "running"),
                    "restart-on-stop");
        }
    }

    @Nested
    class StopAt2050 {
        @RegisterExtension
        static final StratusExtension STRATUS = new StratusExtension().manualClock();

        @Test
        void at2050UtcEveryInstanceStopsAndTheProtectedOneStartsAgain(@TempDir Path dir) throws Exception {
            ExampleShell sh = ExampleShell.on(STRATUS, dir);
            Ec2Client ec2 = Clients.ec2(STRATUS.endpoint());
            sh.readme("stop-at-2050", PAUSE);
            List<String> all = instances(ec2);
            List<String> protectedOnes = instances(ec2, Filter.builder().name("tag:Protected").values("true").build());
            assertEquals(3, all.size(), all.toString());
            assertEquals(1, protectedOnes.size(), protectedOnes.toString());
            String guarded = protectedOnes.get(0);
            List<String> plain = all.stream().filter(id -> !id.equals(guarded)).toList();
            assertTrue(allIn(ec2, all, "running"), "before 20:50 every instance runs");

            Instant now = Instant.ofEpochMilli(STRATUS.clock().millis());
            Instant at2050 = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(20, 50).toInstant(ZoneOffset.UTC);
            if (!at2050.isAfter(now)) {
                at2050 = at2050.plus(Duration.ofDays(1));
            }
            STRATUS.advance(Duration.between(now, at2050).plusSeconds(1));
            sh.eventually("the plain instances stopped and the protected one started again",
                    () -> allIn(ec2, plain, "stopped") && allIn(ec2, List.of(guarded), "running") && restartedOnlyTheProtected(sh, plain, guarded),
                    "stop-at-2050-stop", "stop-at-2050-restart-protected");
            String stopLog = sh.logs("stop-at-2050-stop");
            assertTrue(stopLog.matches("(?s).*T20:50:\\d\\dZ: stopped 3 instances.*"), stopLog);
        }

        /** The second function saw each instance stop, and started the protected one only. */
        private static boolean restartedOnlyTheProtected(ExampleShell sh, List<String> plain, String guarded) {
            String log = sh.logs("stop-at-2050-restart-protected");
            return log.contains(guarded + " is protected: starting it again")
                    && plain.stream().allMatch(id -> log.contains(id + " stopped; it is not protected"));
        }
    }

    @Nested
    class SnapshotAsgLaunches {
        @RegisterExtension
        static final StratusExtension STRATUS = new StratusExtension().manualClock();

        @Test
        void theVolumesOfEachInstanceTheGroupLaunchesAreSnapshottedWithItsTags(@TempDir Path dir) throws Exception {
            ExampleShell sh = ExampleShell.on(STRATUS, dir);
            Ec2Client ec2 = Clients.ec2(STRATUS.endpoint());
            AutoScalingClient autoScaling = Clients.autoScaling(STRATUS.endpoint());
            sh.readme("snapshot-asg-launches", PAUSE);
            sh.eventually("two instances in the group", () -> groupInstances(autoScaling, "snapshot-asg-launches").size() == 2);
            for (String id : groupInstances(autoScaling, "snapshot-asg-launches")) {
                List<Volume> volumes = ec2.describeVolumesPaginator(b -> b.filters(Filter.builder().name("attachment.instance-id").values(id).build()))
                        .volumes().stream().toList();
                Map<String, String> deviceOf = new HashMap<>();
                volumes.forEach(v -> deviceOf.put(v.volumeId(), v.attachments().get(0).device()));
                assertTrue(deviceOf.size() >= 2 && deviceOf.containsValue("/dev/sdf"), "the image's root volume and the template's data volume: " + volumes);
                sh.eventually("a completed snapshot of each volume of " + id, () -> {
                    List<Snapshot> snapshots = snapshotsOf(ec2, id);
                    Set<String> done = new HashSet<>();
                    snapshots.forEach(s -> {
                        if (s.stateAsString().equals("completed")) {
                            done.add(s.volumeId());
                        }
                    });
                    return snapshots.size() == deviceOf.size() && done.equals(deviceOf.keySet());
                }, "snapshot-asg-launches");
                for (Snapshot snapshot : snapshotsOf(ec2, id)) {
                    Map<String, String> tags = tags(snapshot.tags());
                    assertEquals("shop", tags.get("App"), snapshot.toString());
                    assertEquals("demo", tags.get("Env"), snapshot.toString());
                    assertEquals(deviceOf.get(snapshot.volumeId()), tags.get("SourceDevice"), snapshot.toString());
                    assertFalse(tags.keySet().stream().anyMatch(k -> k.startsWith("aws:")), snapshot.toString());
                    assertEquals(tags.get("SourceDevice") + " of " + id + ", launched by Auto Scaling group snapshot-asg-launches",
                            snapshot.description());
                }
            }
            assertTrue(sh.logs("snapshot-asg-launches").contains("ignoring autoscaling:TEST_NOTIFICATION"), sh.logs("snapshot-asg-launches"));
        }

        private static List<Snapshot> snapshotsOf(Ec2Client ec2, String instanceId) {
            return ec2.describeSnapshotsPaginator(b -> b.ownerIds("self")
                    .filters(Filter.builder().name("tag:SourceInstance").values(instanceId).build())).snapshots().stream().toList();
        }
    }

    @Nested
    class NameFromTags {
        @RegisterExtension
        static final StratusExtension STRATUS = new StratusExtension().manualClock();

        @Test
        void eachInstanceTheGroupLaunchesIsNamedFromItsTagsAndPrivateAddress(@TempDir Path dir) throws Exception {
            ExampleShell sh = ExampleShell.on(STRATUS, dir);
            Ec2Client ec2 = Clients.ec2(STRATUS.endpoint());
            AutoScalingClient autoScaling = Clients.autoScaling(STRATUS.endpoint());
            sh.readme("name-from-tags", PAUSE);
            sh.eventually("two instances in the group", () -> groupInstances(autoScaling, "name-from-tags").size() == 2);
            for (String id : groupInstances(autoScaling, "name-from-tags")) {
                Instance instance = instance(ec2, id);
                String[] octets = String.valueOf(instance.privateIpAddress()).split("\\.");
                assertEquals(4, octets.length, instance.toString());
                String expected = "us-east-1-shop-web-prod-blue-" + octets[2] + "-" + octets[3];
                sh.eventually(id + " named " + expected, () -> expected.equals(instanceTags(ec2, id).get("Name")), "name-from-tags");
            }
        }
    }

    @Nested
    class TagWithCreator {
        @RegisterExtension
        static final StratusExtension STRATUS = new StratusExtension().manualClock();

        @Test
        void eachInstanceIsTaggedWithTheUserOrSessionThatLaunchedIt(@TempDir Path dir) throws Exception {
            ExampleShell sh = ExampleShell.on(STRATUS, dir);
            Ec2Client ec2 = Clients.ec2(STRATUS.endpoint());
            IamClient iam = Clients.iam(STRATUS.endpoint());
            // The README launches an instance as alice, an IAM user who may do nothing else.
            sh.readme("tag-with-creator", PAUSE);
            List<String> alices = instances(ec2);
            assertEquals(1, alices.size(), alices.toString());
            String aliceId = iam.getUser(b -> b.userName("alice")).user().userId();
            sh.eventually(alices.get(0) + " tagged Owner=alice", () -> "alice".equals(instanceTags(ec2, alices.get(0)).get("Owner")), "tag-with-creator");
            assertEquals(aliceId, instanceTags(ec2, alices.get(0)).get("PrincipalId"));
            String[] keys = Files.readString(dir.resolve("alice.keys")).strip().split("\\s+");
            Ec2Client alice = Clients.ec2(STRATUS.endpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create(keys[0], keys[1])));
            Ec2Exception refused = assertThrows(Ec2Exception.class, () -> alice.createTags(b -> b.resources(alices.get(0))
                    .tags(Tag.builder().key("Owner").value("mallory").build())), "alice may not tag");
            assertEquals("UnauthorizedOperation", refused.awsErrorDetails().errorCode(), "alice may not tag");

            // A session of a role people assume to deploy: the session's name is the owner.
            String roleId = iam.createRole(b -> b.roleName("deployer").assumeRolePolicyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT
                            + ":root\"},\"Action\":\"sts:AssumeRole\"}]}")).role().roleId();
            iam.putRolePolicy(b -> b.roleName("deployer").policyName("launch").policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ec2:RunInstances\",\"Resource\":\"*\"}]}"));
            Credentials credentials = Clients.sts(STRATUS.endpoint()).assumeRole(b -> b.roleArn("arn:aws:iam::" + ACCOUNT + ":role/deployer")
                    .roleSessionName("bob")).credentials();
            Ec2Client bob = Clients.ec2(STRATUS.endpoint(), StaticCredentialsProvider.create(AwsSessionCredentials.create(
                    credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken())));
            String image = image(ec2);
            List<String> bobs = bob.runInstances(b -> b.imageId(image).instanceType("t3.micro").minCount(2).maxCount(2))
                    .instances().stream().map(Instance::instanceId).toList();
            assertEquals(2, bobs.size(), bobs.toString());
            for (String id : bobs) {
                sh.eventually(id + " tagged Owner=bob", () -> "bob".equals(instanceTags(ec2, id).get("Owner")), "tag-with-creator");
                assertEquals(roleId + ":bob", instanceTags(ec2, id).get("PrincipalId"));
            }
        }
    }

    @Nested
    class AlarmOnErrors {
        @RegisterExtension
        static final StratusExtension STRATUS = new StratusExtension().manualClock();

        @Test
        void aFailedInvocationSetsTheAlarmOffAndAQuietMinuteClearsIt(@TempDir Path dir) throws Exception {
            ExampleShell sh = ExampleShell.on(STRATUS, dir);
            SqsClient sqs = Clients.sqs(STRATUS.endpoint());
            sh.readme("alarm-on-errors", PAUSE);
            List<JsonNode> notified = new ArrayList<>();
            sh.eventually("the topic told of ALARM, then of OK", ALARM_STEP, () -> {
                notified.addAll(notifications(sqs, "alarm-on-errors-notifications"));
                List<String> states = notified.stream().map(n -> n.path("NewStateValue").asText()).toList();
                int alarm = states.indexOf("ALARM");
                return alarm >= 0 && states.subList(alarm, states.size()).contains("OK");
            }, "alarm-on-errors");
            JsonNode alarm = notified.stream().filter(n -> n.path("NewStateValue").asText().equals("ALARM")).findFirst().orElseThrow();
            assertEquals("alarm-on-errors", alarm.path("AlarmName").asText(), alarm.toString());
            assertEquals("AWS/Lambda", alarm.path("Trigger").path("Namespace").asText(), alarm.toString());
            assertEquals("Errors", alarm.path("Trigger").path("MetricName").asText(), alarm.toString());
            assertEquals("GreaterThanOrEqualToThreshold", alarm.path("Trigger").path("ComparisonOperator").asText(), alarm.toString());
            assertTrue(alarm.path("NewStateReason").asText().startsWith("Threshold Crossed: 1 datapoint [1.0 ("),
                    alarm.toString());
            assertTrue(alarm.path("AlarmArn").asText().endsWith(":alarm:alarm-on-errors"), alarm.toString());
        }
    }

    @Nested
    class UrlHealthCheck {
        @RegisterExtension
        static final StratusExtension STRATUS = new StratusExtension().manualClock();

        @Test
        void theAlarmGoesOffWhenTheCheckedSiteGoesDown(@TempDir Path dir) throws Exception {
            ExampleShell sh = ExampleShell.on(STRATUS, dir);
            CloudWatchClient cloudWatch = Clients.cloudWatch(STRATUS.endpoint());
            sh.readme("url-health-check", PAUSE);
            sh.eventually("the alarm went from OK to ALARM", ALARM_STEP, () -> cloudWatch
                    .describeAlarmHistoryPaginator(b -> b.alarmName("url-health-check").historyItemType(HistoryItemType.STATE_UPDATE))
                    .alarmHistoryItems().stream().map(AlarmHistoryItem::historySummary)
                    .anyMatch(summary -> summary.contains("Alarm updated from OK to ALARM")), "url-health-check");
            assertEquals("ALARM", cloudWatch.describeAlarms(b -> b.alarmNames("url-health-check")).metricAlarms().get(0).stateValueAsString());
            String log = sh.logs("url-health-check");
            assertTrue(log.contains("http://127.0.0.1:18089/ HTTP 200") && log.contains("http://127.0.0.1:18089/ failed:"), log);
        }
    }

    @Nested
    class S3Thumbnail {
        @RegisterExtension
        static final StratusExtension STRATUS = new StratusExtension().manualClock();

        @Test
        void eachUploadSmallOrMultipartGetsItsThumbnailAndTellsTheQueueAndEventBridge(@TempDir Path dir) throws Exception {
            ExampleShell sh = ExampleShell.on(STRATUS, dir);
            S3Client s3 = Clients.s3(STRATUS.endpoint());
            SqsClient sqs = Clients.sqs(STRATUS.endpoint());
            sh.readme("s3-thumbnail", PAUSE);
            String bucket = "s3-thumbnail-" + ACCOUNT;
            sh.eventually("both thumbnails written", () -> {
                List<String> keys = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix("thumbnails/")).contents().stream()
                        .map(S3Object::key).toList();
                return keys.stream().anyMatch(k -> k.contains("panorama.jpg.txt")) && keys.size() == 2;
            }, "s3-thumbnail");
            assertTrue(thumbnail(s3, bucket, "photo.jpg").startsWith("uploads/photo.jpg: 14 bytes, ObjectCreated:Put, etag "));
            assertTrue(thumbnail(s3, bucket, "panorama.jpg").startsWith("uploads/panorama.jpg: 9437184 bytes, "
                    + "ObjectCreated:CompleteMultipartUpload, etag "), "one event for the multipart upload, when it completes");

            List<JsonNode> written = new ArrayList<>();
            sh.eventually("the queue heard of both thumbnails", () -> {
                written.addAll(notifications(sqs, "s3-thumbnail-thumbnails"));
                return written.stream().filter(m -> m.has("Records")).count() == 2;
            });
            assertEquals("s3:TestEvent", written.get(0).path("Event").asText(), "the test event comes first");
            for (JsonNode m : written.subList(1, written.size())) {
                JsonNode r = m.path("Records").get(0);
                assertEquals("ObjectCreated:Put", r.path("eventName").asText(), m.toString());
                assertEquals("thumbnail-written", r.path("s3").path("configurationId").asText(), m.toString());
                assertTrue(r.path("s3").path("object").path("key").asText().startsWith("thumbnails/"), m.toString());
            }
            List<JsonNode> events = new ArrayList<>();
            sh.eventually("EventBridge had Object Created for the two uploads and the two thumbnails", () -> {
                events.addAll(notifications(sqs, "s3-thumbnail-events"));
                return events.size() == 4;
            });
            Set<String> reasons = new HashSet<>();
            for (JsonNode e : events) {
                assertEquals("Object Created", e.path("detail-type").asText(), e.toString());
                assertEquals(bucket, e.path("detail").path("bucket").path("name").asText(), e.toString());
                reasons.add(e.path("detail").path("object").path("key").asText() + " " + e.path("detail").path("reason").asText());
            }
            assertTrue(reasons.containsAll(Set.of("uploads/photo.jpg PutObject", "uploads/panorama.jpg CompleteMultipartUpload",
                    "thumbnails/photo.jpg.txt PutObject")), reasons.toString());
        }

        private static String thumbnail(S3Client s3, String bucket, String name) {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key("thumbnails/" + name + ".txt")).asUtf8String();
        }
    }

    /** The alarm notifications waiting in the queue, taken from it: each SNS message's JSON (the subscription delivers it raw). */
    private static List<JsonNode> notifications(SqsClient sqs, String queue) {
        String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
        List<JsonNode> bodies = new ArrayList<>();
        for (Message m : sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages()) {
            bodies.add(TestJson.json(m.body()));
            sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
        }
        return bodies;
    }

    /** The latest Amazon Linux 2023 image, found as the examples' scripts find it. */
    private static String image(Ec2Client ec2) {
        return ec2.describeImagesPaginator(b -> b.owners("amazon").filters(Filter.builder().name("name").values("al2023-ami-2023.*-x86_64").build()))
                .images().stream().max(Comparator.comparing(Image::creationDate)).orElseThrow().imageId();
    }

    /** The ids of the instances that match these filters, all when none. */
    private static List<String> instances(Ec2Client ec2, Filter... filters) {
        return ec2.describeInstancesPaginator(b -> b.filters(filters)).reservations().stream()
                .flatMap(r -> r.instances().stream()).map(Instance::instanceId).toList();
    }

    private static boolean allIn(Ec2Client ec2, List<String> ids, String state) {
        List<String> states = ec2.describeInstancesPaginator(b -> b.instanceIds(ids)).reservations().stream()
                .flatMap(r -> r.instances().stream()).map(i -> i.state().nameAsString()).toList();
        return states.size() == ids.size() && states.stream().allMatch(state::equals);
    }

    private static List<String> groupInstances(AutoScalingClient autoScaling, String group) {
        List<AutoScalingGroup> groups = autoScaling.describeAutoScalingGroups(b -> b.autoScalingGroupNames(group)).autoScalingGroups();
        return groups.isEmpty() ? List.of() : groups.get(0).instances().stream()
                .map(software.amazon.awssdk.services.autoscaling.model.Instance::instanceId).toList();
    }

    private static Instance instance(Ec2Client ec2, String id) {
        return ec2.describeInstances(b -> b.instanceIds(id)).reservations().get(0).instances().get(0);
    }

    private static Map<String, String> instanceTags(Ec2Client ec2, String id) {
        return tags(instance(ec2, id).tags());
    }

    private static Map<String, String> tags(List<Tag> list) {
        Map<String, String> tags = new HashMap<>();
        list.forEach(t -> tags.put(t.key(), t.value()));
        return tags;
    }
}
