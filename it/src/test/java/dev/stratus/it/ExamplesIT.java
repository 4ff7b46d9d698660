package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.testkit.StratusExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

/**
 * The automations of {@code examples/} as their READMEs tell a user to run them: each README's
 * commands (the example's {@code setup.sh} with the AWS CLI, then the trigger: an instance
 * stopped, a group scaled out, an instance launched by an IAM user), typed into bash, and the
 * outcome checked through the CLI. Each example has a Stratus of its own, as each would have an
 * account of its own (the 20:50 one stops every instance there is), with a manual clock that the
 * test moves past EC2's transitions and to 20:50. The handlers are the examples' files, unchanged.
 * The examples run beside the other test classes, each on its own port: most of their time is
 * the CLI starting and the looks at a clock that moves.
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
            sh.readme("restart-on-stop", PAUSE);
            List<String> launched = instances(sh, List.of());
            assertEquals(1, launched.size(), launched.toString());
            String id = launched.get(0);
            sh.eventually(id + " started again by the function and running",
                    () -> sh.logs("restart-on-stop").contains(id + " is stopped: starting it again") && allIn(sh, List.of(id), "running"),
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
            sh.readme("stop-at-2050", PAUSE);
            List<String> all = instances(sh, List.of());
            List<String> protectedOnes = instances(sh, List.of("Name=tag:Protected,Values=true"));
            assertEquals(3, all.size(), all.toString());
            assertEquals(1, protectedOnes.size(), protectedOnes.toString());
            String guarded = protectedOnes.get(0);
            List<String> plain = all.stream().filter(id -> !id.equals(guarded)).toList();
            assertTrue(allIn(sh, all, "running"), "before 20:50 every instance runs");

            Instant now = Instant.ofEpochMilli(STRATUS.clock().millis());
            Instant at2050 = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(20, 50).toInstant(ZoneOffset.UTC);
            if (!at2050.isAfter(now)) {
                at2050 = at2050.plus(Duration.ofDays(1));
            }
            STRATUS.advance(Duration.between(now, at2050).plusSeconds(1));
            sh.eventually("the plain instances stopped and the protected one started again",
                    () -> allIn(sh, plain, "stopped") && allIn(sh, List.of(guarded), "running") && restartedOnlyTheProtected(sh, plain, guarded),
                    "stop-at-2050-stop", "stop-at-2050-restart-protected");
            String stopLog = sh.logs("stop-at-2050-stop");
            assertTrue(stopLog.matches("(?s).*T20:50:\\d\\dZ: stopped 3 instances.*"), stopLog);
        }

        /** The second function saw each instance stop, and started the protected one only. */
        private static boolean restartedOnlyTheProtected(ExampleShell sh, List<String> plain, String guarded) throws Exception {
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
            sh.readme("snapshot-asg-launches", PAUSE);
            sh.eventually("two instances in the group", () -> groupInstances(sh, "snapshot-asg-launches").size() == 2);
            for (String id : groupInstances(sh, "snapshot-asg-launches")) {
                JsonNode volumes = sh.aws("ec2", "describe-volumes", "--filters", "Name=attachment.instance-id,Values=" + id,
                        "--query", "Volumes[].{id: VolumeId, device: Attachments[0].Device}");
                Map<String, String> deviceOf = new HashMap<>();
                volumes.forEach(v -> deviceOf.put(v.path("id").asText(), v.path("device").asText()));
                assertTrue(deviceOf.size() >= 2 && deviceOf.containsValue("/dev/sdf"), "the image's root volume and the template's data volume: " + volumes);
                sh.eventually("a completed snapshot of each volume of " + id, () -> {
                    JsonNode snapshots = snapshotsOf(sh, id);
                    Set<String> done = new HashSet<>();
                    snapshots.forEach(s -> {
                        if (s.path("State").asText().equals("completed")) {
                            done.add(s.path("VolumeId").asText());
                        }
                    });
                    return snapshots.size() == deviceOf.size() && done.equals(deviceOf.keySet());
                }, "snapshot-asg-launches");
                for (JsonNode snapshot : snapshotsOf(sh, id)) {
                    Map<String, String> tags = tags(snapshot.path("Tags"));
                    assertEquals("shop", tags.get("App"), snapshot.toString());
                    assertEquals("demo", tags.get("Env"), snapshot.toString());
                    assertEquals(deviceOf.get(snapshot.path("VolumeId").asText()), tags.get("SourceDevice"), snapshot.toString());
                    assertFalse(tags.keySet().stream().anyMatch(k -> k.startsWith("aws:")), snapshot.toString());
                    assertEquals(tags.get("SourceDevice") + " of " + id + ", launched by Auto Scaling group snapshot-asg-launches",
                            snapshot.path("Description").asText());
                }
            }
            assertTrue(sh.logs("snapshot-asg-launches").contains("ignoring autoscaling:TEST_NOTIFICATION"), sh.logs("snapshot-asg-launches"));
        }

        private static JsonNode snapshotsOf(ExampleShell sh, String instanceId) throws Exception {
            return sh.aws("ec2", "describe-snapshots", "--owner-ids", "self", "--filters", "Name=tag:SourceInstance,Values=" + instanceId,
                    "--query", "Snapshots");
        }
    }

    @Nested
    class NameFromTags {
        @RegisterExtension
        static final StratusExtension STRATUS = new StratusExtension().manualClock();

        @Test
        void eachInstanceTheGroupLaunchesIsNamedFromItsTagsAndPrivateAddress(@TempDir Path dir) throws Exception {
            ExampleShell sh = ExampleShell.on(STRATUS, dir);
            sh.readme("name-from-tags", PAUSE);
            sh.eventually("two instances in the group", () -> groupInstances(sh, "name-from-tags").size() == 2);
            for (String id : groupInstances(sh, "name-from-tags")) {
                JsonNode instance = sh.aws("ec2", "describe-instances", "--instance-ids", id, "--query", "Reservations[0].Instances[0]");
                String[] octets = instance.path("PrivateIpAddress").asText().split("\\.");
                assertEquals(4, octets.length, instance.toString());
                String expected = "us-east-1-shop-web-prod-blue-" + octets[2] + "-" + octets[3];
                sh.eventually(id + " named " + expected, () -> expected.equals(instanceTags(sh, id).get("Name")), "name-from-tags");
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
            // The README launches an instance as alice, an IAM user who may do nothing else.
            sh.readme("tag-with-creator", PAUSE);
            List<String> alices = instances(sh, List.of());
            assertEquals(1, alices.size(), alices.toString());
            String aliceId = sh.aws("iam", "get-user", "--user-name", "alice").path("User").path("UserId").asText();
            sh.eventually(alices.get(0) + " tagged Owner=alice", () -> "alice".equals(instanceTags(sh, alices.get(0)).get("Owner")), "tag-with-creator");
            assertEquals(aliceId, instanceTags(sh, alices.get(0)).get("PrincipalId"));
            String[] keys = Files.readString(dir.resolve("alice.keys")).strip().split("\\s+");
            Map<String, String> alice = Map.of("AWS_ACCESS_KEY_ID", keys[0], "AWS_SECRET_ACCESS_KEY", keys[1]);
            assertTrue(sh.awsFailing(alice, "ec2", "create-tags", "--resources", alices.get(0), "--tags", "Key=Owner,Value=mallory")
                    .contains("UnauthorizedOperation"), "alice may not tag");

            // A session of a role people assume to deploy: the session's name is the owner.
            String roleId = sh.aws("iam", "create-role", "--role-name", "deployer", "--assume-role-policy-document",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT
                            + ":root\"},\"Action\":\"sts:AssumeRole\"}]}").path("Role").path("RoleId").asText();
            sh.aws("iam", "put-role-policy", "--role-name", "deployer", "--policy-name", "launch", "--policy-document",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ec2:RunInstances\",\"Resource\":\"*\"}]}");
            JsonNode credentials = sh.aws("sts", "assume-role", "--role-arn", "arn:aws:iam::" + ACCOUNT + ":role/deployer",
                    "--role-session-name", "bob").path("Credentials");
            Map<String, String> bob = Map.of("AWS_ACCESS_KEY_ID", credentials.path("AccessKeyId").asText(),
                    "AWS_SECRET_ACCESS_KEY", credentials.path("SecretAccessKey").asText(),
                    "AWS_SESSION_TOKEN", credentials.path("SessionToken").asText());
            List<String> bobs = new ArrayList<>();
            sh.awsAs(bob, "ec2", "run-instances", "--image-id", image(sh), "--instance-type", "t3.micro", "--count", "2",
                    "--query", "Instances[].InstanceId").forEach(id -> bobs.add(id.asText()));
            assertEquals(2, bobs.size(), bobs.toString());
            for (String id : bobs) {
                sh.eventually(id + " tagged Owner=bob", () -> "bob".equals(instanceTags(sh, id).get("Owner")), "tag-with-creator");
                assertEquals(roleId + ":bob", instanceTags(sh, id).get("PrincipalId"));
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
            sh.readme("alarm-on-errors", PAUSE);
            List<JsonNode> notified = new ArrayList<>();
            sh.eventually("the topic told of ALARM, then of OK", ALARM_STEP, () -> {
                notified.addAll(notifications(sh, "alarm-on-errors-notifications"));
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
            sh.readme("url-health-check", PAUSE);
            sh.eventually("the alarm went from OK to ALARM", ALARM_STEP, () -> {
                JsonNode history = sh.aws("cloudwatch", "describe-alarm-history", "--alarm-name", "url-health-check",
                        "--history-item-type", "StateUpdate", "--query", "AlarmHistoryItems[].HistorySummary");
                return history.toString().contains("Alarm updated from OK to ALARM");
            }, "url-health-check");
            assertEquals("ALARM", sh.aws("cloudwatch", "describe-alarms", "--alarm-names", "url-health-check",
                    "--query", "MetricAlarms[0].StateValue").asText());
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
            sh.readme("s3-thumbnail", PAUSE);
            String bucket = "s3-thumbnail-" + ACCOUNT;
            sh.eventually("both thumbnails written", () -> sh.aws("s3api", "list-objects-v2", "--bucket", bucket, "--prefix", "thumbnails/",
                    "--query", "Contents[].Key").toString().contains("panorama.jpg.txt")
                    && sh.aws("s3api", "list-objects-v2", "--bucket", bucket, "--prefix", "thumbnails/", "--query", "Contents[].Key").size() == 2,
                    "s3-thumbnail");
            assertTrue(thumbnail(sh, dir, bucket, "photo.jpg").startsWith("uploads/photo.jpg: 14 bytes, ObjectCreated:Put, etag "));
            assertTrue(thumbnail(sh, dir, bucket, "panorama.jpg").startsWith("uploads/panorama.jpg: 9437184 bytes, "
                    + "ObjectCreated:CompleteMultipartUpload, etag "), "one event for the multipart upload, when it completes");

            List<JsonNode> written = new ArrayList<>();
            sh.eventually("the queue heard of both thumbnails", () -> {
                written.addAll(notifications(sh, "s3-thumbnail-thumbnails"));
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
                events.addAll(notifications(sh, "s3-thumbnail-events"));
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

        private static String thumbnail(ExampleShell sh, Path dir, String bucket, String name) throws Exception {
            Path out = dir.resolve(name + ".txt");
            sh.aws("s3api", "get-object", "--bucket", bucket, "--key", "thumbnails/" + name + ".txt", out.toString());
            return Files.readString(out);
        }
    }

    /** The alarm notifications waiting in the queue, taken from it: each SNS message's JSON (the subscription delivers it raw). */
    private static List<JsonNode> notifications(ExampleShell sh, String queue) throws Exception {
        String url = sh.aws("sqs", "get-queue-url", "--queue-name", queue, "--query", "QueueUrl").asText();
        List<JsonNode> bodies = new ArrayList<>();
        JsonNode messages = sh.aws("sqs", "receive-message", "--queue-url", url, "--max-number-of-messages", "10", "--query", "Messages");
        for (JsonNode m : messages) {
            bodies.add(TestJson.json(m.path("Body").asText()));
            sh.aws("sqs", "delete-message", "--queue-url", url, "--receipt-handle", m.path("ReceiptHandle").asText());
        }
        return bodies;
    }

    /** The latest Amazon Linux 2023 image, found as the examples' scripts find it. */
    private static String image(ExampleShell sh) throws Exception {
        return sh.aws("ec2", "describe-images", "--owners", "amazon", "--filters", "Name=name,Values=al2023-ami-2023.*-x86_64",
                "--query", "sort_by(Images, &CreationDate)[-1].ImageId").asText();
    }

    /** The ids of the instances that match these filters ({@code Name=…,Values=…}), all when none. */
    private static List<String> instances(ExampleShell sh, List<String> filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("ec2", "describe-instances", "--query", "Reservations[].Instances[].InstanceId"));
        if (!filters.isEmpty()) {
            args.add("--filters");
            args.addAll(filters);
        }
        List<String> ids = new ArrayList<>();
        sh.aws(args.toArray(String[]::new)).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static boolean allIn(ExampleShell sh, List<String> ids, String state) throws Exception {
        List<String> args = new ArrayList<>(List.of("ec2", "describe-instances", "--query", "Reservations[].Instances[].State.Name", "--instance-ids"));
        args.addAll(ids);
        JsonNode states = sh.aws(args.toArray(String[]::new));
        if (states.size() != ids.size()) {
            return false;
        }
        for (JsonNode s : states) {
            if (!s.asText().equals(state)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> groupInstances(ExampleShell sh, String group) throws Exception {
        List<String> ids = new ArrayList<>();
        sh.aws("autoscaling", "describe-auto-scaling-groups", "--auto-scaling-group-names", group,
                "--query", "AutoScalingGroups[0].Instances[].InstanceId").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static Map<String, String> instanceTags(ExampleShell sh, String id) throws Exception {
        return tags(sh.aws("ec2", "describe-instances", "--instance-ids", id, "--query", "Reservations[0].Instances[0].Tags"));
    }

    private static Map<String, String> tags(JsonNode list) {
        Map<String, String> tags = new HashMap<>();
        list.forEach(t -> tags.put(t.path("Key").asText(), t.path("Value").asText()));
        return tags;
    }
}
