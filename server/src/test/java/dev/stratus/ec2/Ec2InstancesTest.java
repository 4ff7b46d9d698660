package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.ec2.api.CreateLaunchTemplateRequest;
import dev.stratus.ec2.api.CreateLaunchTemplateVersionRequest;
import dev.stratus.ec2.api.DescribeInstanceAttributeRequest;
import dev.stratus.ec2.api.DescribeInstanceStatusRequest;
import dev.stratus.ec2.api.DescribeInstancesRequest;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.Instance;
import dev.stratus.ec2.api.ModifyInstanceAttributeRequest;
import dev.stratus.ec2.api.ModifyLaunchTemplateRequest;
import dev.stratus.ec2.api.RequestLaunchTemplateData;
import dev.stratus.ec2.api.Reservation;
import dev.stratus.ec2.api.RunInstancesRequest;
import dev.stratus.ec2.api.StartInstancesRequest;
import dev.stratus.ec2.api.StopInstancesRequest;
import dev.stratus.ec2.api.Tag;
import dev.stratus.ec2.api.TerminateInstancesRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.Platform;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.Ports;
import dev.stratus.platform.port.Instances;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The instances' operations and state machine against fakes of the network and EBS, with a manual clock. */
class Ec2InstancesTest {
    static final String ACCOUNT = "111122223333";
    static final RequestContext CTX = new RequestContext("r", "ec2", "DescribeInstances", "us-east-1", ACCOUNT, "test", "localhost",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT));

    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final List<ServiceEvents.Event> events = new CopyOnWriteArrayList<>();
    final List<String> watched = new CopyOnWriteArrayList<>();
    final FakeNetwork network = new FakeNetwork();
    final FakeVolumes volumes = new FakeVolumes();
    final Ports ports = new Ports();
    final dev.stratus.platform.port.RecordedMetrics metrics = new dev.stratus.platform.port.RecordedMetrics();
    final Ec2Service ec2;
    final Instances port;

    Ec2InstancesTest() {
        ports.offer(ServiceEvents.class, (tx, e) -> events.add(e));
        ports.offer(dev.stratus.platform.port.Metrics.class, metrics);
        Platform platform = new Platform(store, clock, timers, new Jobs(store, clock), ports, null, "us-east-1", ACCOUNT, () -> "http://localhost");
        ec2 = new Ec2Module(platform, InstanceLifecycle.Delays.of(Duration.ofSeconds(5)), network, volumes).service();
        port = ports.get(Instances.class);
        port.watch((tx, instance, previous) -> watched.add(instance.instanceId() + ":" + previous + "->" + instance.state()));
        timers.start();
    }

    @AfterEach
    void close() {
        timers.close();
        store.close();
    }

    /** A RunInstances of one t3.micro from the x86_64 image, with {@code json}'s members over it (null removes one). */
    static RunInstancesRequest request(String json) {
        ObjectNode n = (ObjectNode) Json.parse("{\"ImageId\":\"" + FakeNetwork.IMAGE + "\",\"InstanceType\":\"t3.micro\",\"MinCount\":1,\"MaxCount\":1}");
        Json.parse(json).properties().forEach(e -> {
            if (e.getValue().isNull()) {
                n.remove(e.getKey());
            } else {
                n.set(e.getKey(), e.getValue());
            }
        });
        return Json.read(n, RunInstancesRequest.class);
    }

    static RunInstancesRequest request() {
        return request("{}");
    }

    static <T> T shape(String json, Class<T> type) {
        return Json.read(Json.parse(json), type);
    }

    Reservation run(RunInstancesRequest in) {
        return ec2.runInstances(CTX, in);
    }

    Instance describe(String id) {
        return ec2.describeInstances(CTX, new DescribeInstancesRequest(List.of(id), null, null, null, null, null)).reservations().getFirst()
                .instances().getFirst();
    }

    String state(String id) {
        return describe(id).state().name();
    }

    /** Moves the clock and waits for the timers to catch up with it. */
    void advance(Duration d, BooleanSupplier until) throws InterruptedException {
        clock.advance(d.toMillis());
        timers.wake();
        for (int i = 0; i < 500 && !until.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
    }

    /** Moves the clock and gives the timers a moment, for what must not have happened yet. */
    void settle(Duration d) throws InterruptedException {
        clock.advance(d.toMillis());
        timers.wake();
        Thread.sleep(200);
    }

    List<String> eventStates() {
        return events.stream().map(e -> e.detail().path("state").asText()).toList();
    }

    @Test
    void aLaunchedInstanceIsPendingThenRunningAfterTheDelayWithAnEventForEachState() throws Exception {
        Reservation r = run(request("{\"TagSpecifications\":[{\"ResourceType\":\"instance\",\"Tags\":[{\"Key\":\"Name\",\"Value\":\"web\"}]}]}"));
        assertTrue(r.reservationId().startsWith("r-"));
        assertEquals(ACCOUNT, r.ownerId());
        Instance launched = r.instances().getFirst();
        String id = launched.instanceId();
        assertEquals(new dev.stratus.ec2.api.InstanceState(0, "pending"), launched.state());
        assertEquals("pending", launched.stateReason().code());
        assertEquals("172.31.0.4", launched.privateIpAddress());
        assertEquals("ip-172-31-0-4.ec2.internal", launched.privateDnsName());
        assertTrue(launched.publicDnsName().matches("ec2-54-\\d+-\\d+-\\d+\\.compute-1\\.amazonaws\\.com"), launched.publicDnsName());
        assertEquals("x86_64", launched.architecture());
        assertEquals(List.of(new Tag("Name", "web")), launched.tags());
        assertEquals("/dev/xvda", launched.blockDeviceMappings().getFirst().deviceName());
        assertEquals(1, launched.cpuOptions().coreCount());
        assertEquals(2, launched.cpuOptions().threadsPerCore());
        assertEquals("required", launched.metadataOptions().httpTokens());

        settle(Duration.ofSeconds(4));
        assertEquals("pending", state(id));
        advance(Duration.ofSeconds(1), () -> state(id).equals("running"));
        Instance running = describe(id);
        assertEquals(16, running.state().code());
        assertNull(running.stateReason());
        assertEquals("", running.stateTransitionReason());
        assertEquals(List.of("pending", "running"), eventStates());
        ServiceEvents.Event e = events.getFirst();
        assertEquals("aws.ec2", e.source());
        assertEquals("EC2 Instance State-change Notification", e.detailType());
        assertEquals(List.of("arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/" + id), e.resources());
        assertEquals(Json.parse("{\"instance-id\":\"" + id + "\",\"state\":\"pending\"}"), e.detail());
        assertEquals(List.of(id + ":null->pending", id + ":pending->running"), watched);
    }

    @Test
    void stopAndStartMoveThroughTheirStatesWithReasonsAndANewPublicAddress() throws Exception {
        String id = run(request()).instances().getFirst().instanceId();
        advance(Duration.ofSeconds(5), () -> state(id).equals("running"));
        String firstIp = describe(id).publicIpAddress();
        var stopping = ec2.stopInstances(CTX, new StopInstancesRequest(List.of(id), null, null, null, null)).stoppingInstances().getFirst();
        assertEquals("stopping", stopping.currentState().name());
        assertEquals("running", stopping.previousState().name());
        Instance i = describe(id);
        assertEquals("Client.UserInitiatedShutdown", i.stateReason().code());
        assertEquals("Client.UserInitiatedShutdown: User initiated shutdown", i.stateReason().message());
        assertEquals("User initiated (2027-01-15 08:00:05 GMT)", i.stateTransitionReason());
        advance(Duration.ofSeconds(5), () -> state(id).equals("stopped"));
        assertNull(describe(id).publicIpAddress());
        assertEquals("", describe(id).publicDnsName());
        var again = ec2.stopInstances(CTX, new StopInstancesRequest(List.of(id), null, null, null, null)).stoppingInstances().getFirst();
        assertEquals("stopped", again.currentState().name(), "stopping a stopped instance changes nothing");
        var starting = ec2.startInstances(CTX, new StartInstancesRequest(List.of(id), null, null)).startingInstances().getFirst();
        assertEquals(0, starting.currentState().code());
        assertEquals(80, starting.previousState().code());
        advance(Duration.ofSeconds(5), () -> state(id).equals("running"));
        assertNotNull(describe(id).publicIpAddress());
        assertNotEquals(firstIp, describe(id).publicIpAddress());
        assertEquals(List.of("pending", "running", "stopping", "stopped", "pending", "running"), eventStates());
    }

    @Test
    void aPendingInstanceThatNeverRanCannotBeStoppedAndTerminatedOnesCannotBeStarted() throws Exception {
        String id = run(request()).instances().getFirst().instanceId();
        AwsException never = assertThrows(AwsException.class,
                () -> ec2.stopInstances(CTX, new StopInstancesRequest(List.of(id), null, null, null, null)));
        assertEquals("IncorrectInstanceState", never.code());
        assertEquals("Instance '" + id + "' cannot be stopped as it has never reached the 'running' state.", never.getMessage());
        var t = ec2.terminateInstances(CTX, new TerminateInstancesRequest(List.of(id), null, null, null)).terminatingInstances().getFirst();
        assertEquals("shutting-down", t.currentState().name());
        assertEquals("pending", t.previousState().name());
        advance(Duration.ofSeconds(5), () -> state(id).equals("terminated"));
        assertEquals(48, describe(id).state().code());
        assertEquals(List.of(id), volumes.terminated);
        assertEquals(List.of("172.31.0.4"), network.released);
        AwsException start = assertThrows(AwsException.class, () -> ec2.startInstances(CTX, new StartInstancesRequest(List.of(id), null, null)));
        assertEquals("The instance '" + id + "' is not in a state from which it can be started.", start.getMessage());
        assertEquals("IncorrectInstanceState", assertThrows(AwsException.class,
                () -> ec2.stopInstances(CTX, new StopInstancesRequest(List.of(id), null, null, null, null))).code());
        settle(Duration.ofMinutes(59));
        assertEquals("terminated", state(id), "visible for an hour");
        advance(Duration.ofMinutes(1), () -> ec2.describeInstances(CTX, new DescribeInstancesRequest(null, null, null, null, null, null))
                .reservations().isEmpty());
        assertEquals("InvalidInstanceID.NotFound", assertThrows(AwsException.class, () -> describe(id)).code());
        assertEquals(List.of("pending", "shutting-down", "terminated"), eventStates());
    }

    @Test
    void disableApiTerminationRefusesTerminationUntilItIsTurnedOff() {
        String id = run(request("{\"DisableApiTermination\":true}")).instances().getFirst().instanceId();
        AwsException refused = assertThrows(AwsException.class,
                () -> ec2.terminateInstances(CTX, new TerminateInstancesRequest(List.of(id), null, null, null)));
        assertEquals("OperationNotPermitted", refused.code());
        assertEquals("true", String.valueOf(ec2.describeInstanceAttribute(CTX, new DescribeInstanceAttributeRequest(null, id, "disableApiTermination"))
                .disableApiTermination().value()));
        ec2.modifyInstanceAttribute(CTX, shape("{\"InstanceId\":\"" + id + "\",\"DisableApiTermination\":{\"Value\":false}}", ModifyInstanceAttributeRequest.class));
        assertEquals("shutting-down", ec2.terminateInstances(CTX, new TerminateInstancesRequest(List.of(id), null, null, null))
                .terminatingInstances().getFirst().currentState().name());
    }

    @Test
    void theInstanceTypeChangesOnlyWhileStopped() throws Exception {
        String id = run(request()).instances().getFirst().instanceId();
        ModifyInstanceAttributeRequest bigger = shape("{\"InstanceId\":\"" + id + "\",\"InstanceType\":{\"Value\":\"m5.large\"}}", ModifyInstanceAttributeRequest.class);
        AwsException running = assertThrows(AwsException.class, () -> ec2.modifyInstanceAttribute(CTX, bigger));
        assertEquals("The instance '" + id + "' is not in the 'stopped' state.", running.getMessage());
        advance(Duration.ofSeconds(5), () -> state(id).equals("running"));
        ec2.stopInstances(CTX, new StopInstancesRequest(List.of(id), null, null, null, null));
        advance(Duration.ofSeconds(5), () -> state(id).equals("stopped"));
        ec2.modifyInstanceAttribute(CTX, bigger);
        assertEquals("m5.large", describe(id).instanceType());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> ec2.modifyInstanceAttribute(CTX,
                shape("{\"InstanceId\":\"" + id + "\",\"InstanceType\":{\"Value\":\"m6g.large\"}}", ModifyInstanceAttributeRequest.class))).code(),
                "an arm64 type for an x86_64 image");
    }

    @Test
    void deleteOnTerminationChangesForAnAttachedDeviceOnly() {
        String id = run(request()).instances().getFirst().instanceId();
        ec2.modifyInstanceAttribute(CTX, shape("{\"InstanceId\":\"" + id + "\",\"BlockDeviceMappings\":[{\"DeviceName\":\"/dev/xvda\","
                + "\"Ebs\":{\"DeleteOnTermination\":false}}]}", ModifyInstanceAttributeRequest.class));
        assertEquals(false, describe(id).blockDeviceMappings().getFirst().ebs().deleteOnTermination());
        AwsException none = assertThrows(AwsException.class, () -> ec2.modifyInstanceAttribute(CTX, shape("{\"InstanceId\":\"" + id
                + "\",\"BlockDeviceMappings\":[{\"DeviceName\":\"/dev/sdz\",\"Ebs\":{\"DeleteOnTermination\":true}}]}",
                ModifyInstanceAttributeRequest.class)));
        assertEquals("InvalidInstanceAttributeValue", none.code());
    }

    @Test
    void describeFiltersByStateTagsAndAddressesAndPages() throws Exception {
        Reservation a = run(request("{\"MinCount\":3,\"MaxCount\":3,\"TagSpecifications\":[{\"ResourceType\":\"instance\",\"Tags\":[{\"Key\":\"App\",\"Value\":\"web\"}]}]}"));
        Reservation b = run(request("{\"InstanceType\":\"t3.small\",\"KeyName\":\"known\"}"));
        assertEquals(List.of(0, 1, 2), a.instances().stream().map(Instance::amiLaunchIndex).toList());
        assertEquals(2, ec2.describeInstances(CTX, new DescribeInstancesRequest(null, null, null, null, null, null)).reservations().size());
        assertEquals(3, count(new Filter("tag:App", List.of("w*"))));
        assertEquals(0, count(new Filter("tag:App", List.of("api"))));
        assertEquals(3, count(new Filter("tag-key", List.of("App"))));
        assertEquals(1, count(new Filter("instance-type", List.of("t3.small"))));
        assertEquals(1, count(new Filter("key-name", List.of("known"))));
        assertEquals(4, count(new Filter("instance-state-name", List.of("pending"))));
        assertEquals(4, count(new Filter("instance-state-code", List.of("0"))));
        assertEquals(1, count(new Filter("private-ip-address", List.of(a.instances().get(1).privateIpAddress()))));
        assertEquals(3, count(new Filter("reservation-id", List.of(a.reservationId()))));
        assertEquals(4, count(new Filter("instance.group-name", List.of("default"))));
        assertEquals(4, count(new Filter("owner-id", List.of(ACCOUNT))));
        assertEquals(1, count(new Filter("block-device-mapping.volume-id",
                List.of(b.instances().getFirst().blockDeviceMappings().getFirst().ebs().volumeId()))));
        assertEquals(3, count(new Filter("tag:App", List.of("web")), new Filter("availability-zone", List.of("us-east-1a"))));
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> count(new Filter("colour", List.of("red")))).code());
        var first = ec2.describeInstances(CTX, new DescribeInstancesRequest(null, null, null, null, null, 5));
        assertNull(first.nextToken());
        advance(Duration.ofSeconds(5), () -> count(new Filter("instance-state-name", List.of("running"))) == 4);
        assertEquals(4, count(new Filter("instance-state-name", List.of("running"))));
    }

    int count(Filter... filters) {
        return ec2.describeInstances(CTX, new DescribeInstancesRequest(null, null, null, List.of(filters), null, null)).reservations().stream()
                .mapToInt(r -> r.instances().size()).sum();
    }

    @Test
    void badInputIsAnsweredWithEc2sErrors() {
        assertEquals("InvalidInstanceID.Malformed", assertThrows(AwsException.class, () -> describe("web-1")).code());
        AwsException missing = assertThrows(AwsException.class, () -> describe("i-0123456789abcdef0"));
        assertEquals("InvalidInstanceID.NotFound", missing.code());
        assertEquals("The instance ID 'i-0123456789abcdef0' does not exist", missing.getMessage());
        assertEquals("InvalidParameterCombination", assertThrows(AwsException.class, () -> ec2.describeInstances(CTX,
                new DescribeInstancesRequest(List.of("i-0123456789abcdef0"), null, null, null, null, 10))).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> ec2.describeInstances(CTX,
                new DescribeInstancesRequest(null, null, null, null, null, 4))).code());
        assertEquals("Invalid value 'q9.huge' for InstanceType.", assertThrows(AwsException.class, () -> run(request("{\"InstanceType\":\"q9.huge\"}")))
                .getMessage());
        assertEquals("InvalidAMIID.NotFound", assertThrows(AwsException.class, () -> run(request("{\"ImageId\":\"ami-0000000000000dead\"}"))).code());
        assertEquals("InvalidAMIID.Malformed", assertThrows(AwsException.class, () -> run(request("{\"ImageId\":\"image\"}"))).code());
        assertEquals("MissingParameter", assertThrows(AwsException.class, () -> run(request("{\"ImageId\":null}"))).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> run(request("{\"InstanceType\":\"t4g.micro\"}"))).code(),
                "an arm64 type for an x86_64 image");
        assertEquals("InvalidKeyPair.NotFound", assertThrows(AwsException.class, () -> run(request("{\"KeyName\":\"lost\"}"))).code());
        assertEquals("Invalid BASE64 encoding of user data.", assertThrows(AwsException.class, () -> run(request("{\"UserData\":\"!!!\"}"))).getMessage());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> run(request("{\"MinCount\":3,\"MaxCount\":2}"))).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> run(request("{\"MinCount\":0}"))).code());
        assertEquals("InstanceLimitExceeded", assertThrows(AwsException.class, () -> run(request("{\"MinCount\":1001,\"MaxCount\":1001}"))).code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> run(request("{\"InstanceInitiatedShutdownBehavior\":\"hibernate\"}")))
                .code());
        assertEquals("InvalidParameterValue", assertThrows(AwsException.class, () -> run(request("{\"TagSpecifications\":[{\"ResourceType\":\"instance\",\"Tags\":[{\"Key\":\"aws:x\",\"Value\":\"y\"}]}]}"))).code());
        assertEquals(0, count(), "nothing was launched by a refused request");
    }

    @Test
    void aClientTokenLaunchesOnce() {
        Reservation first = run(request("{\"ClientToken\":\"once\",\"UserData\":\"" + Base64.getEncoder().encodeToString("#!/bin/sh".getBytes()) + "\"}"));
        Reservation second = run(request("{\"ClientToken\":\"once\"}"));
        assertEquals(first.reservationId(), second.reservationId());
        assertEquals(1, count());
        assertEquals(Base64.getEncoder().encodeToString("#!/bin/sh".getBytes()), ec2.describeInstanceAttribute(CTX,
                new DescribeInstanceAttributeRequest(null, first.instances().getFirst().instanceId(), "userData")).userData().value());
    }

    @Test
    void aLaunchTemplateVersionGivesWhatTheRequestLeavesOutAndAwsTagsTheInstance() {
        var t = ec2.createLaunchTemplate(CTX, new CreateLaunchTemplateRequest(null, null, "web", "first", Json.read(Json.parse(
                "{\"ImageId\":\"" + FakeNetwork.IMAGE + "\",\"InstanceType\":\"t3.nano\",\"TagSpecifications\":[{\"ResourceType\":\"instance\","
                        + "\"Tags\":[{\"Key\":\"Team\",\"Value\":\"a\"}]}]}"), RequestLaunchTemplateData.class), null, null)).launchTemplate();
        assertEquals(1L, t.defaultVersionNumber());
        assertEquals("InvalidLaunchTemplateName.AlreadyExistsException", assertThrows(AwsException.class, () -> ec2.createLaunchTemplate(CTX,
                new CreateLaunchTemplateRequest(null, null, "web", null, Json.read(Json.parse("{}"), RequestLaunchTemplateData.class), null, null))).code());
        var v2 = ec2.createLaunchTemplateVersion(CTX, new CreateLaunchTemplateVersionRequest(null, null, t.launchTemplateId(), null, "1", "bigger",
                Json.read(Json.parse("{\"InstanceType\":\"t3.large\"}"), RequestLaunchTemplateData.class), null)).launchTemplateVersion();
        assertEquals(2L, v2.versionNumber());
        assertEquals(FakeNetwork.IMAGE, v2.launchTemplateData().imageId(), "from the source version");

        Instance byDefault = run(shape("{\"MinCount\":1,\"MaxCount\":1,\"LaunchTemplate\":{\"LaunchTemplateName\":\"web\"}}", RunInstancesRequest.class)).instances().getFirst();
        assertEquals("t3.nano", byDefault.instanceType());
        assertEquals(Map.of("Team", "a", "aws:ec2launchtemplate:id", t.launchTemplateId(), "aws:ec2launchtemplate:version", "1"),
                ResourceTags.map(byDefault.tags()));
        Instance latest = run(shape("{\"MinCount\":1,\"MaxCount\":1,\"LaunchTemplate\":{\"LaunchTemplateId\":\"" + t.launchTemplateId() + "\",\"Version\":\"$Latest\"}}", RunInstancesRequest.class)).instances().getFirst();
        assertEquals("t3.large", latest.instanceType());
        Instance overridden = run(shape("{\"MinCount\":1,\"MaxCount\":1,\"InstanceType\":\"t3.small\",\"LaunchTemplate\":{\"LaunchTemplateId\":\"" + t.launchTemplateId() + "\",\"Version\":\"2\"}}", RunInstancesRequest.class)).instances().getFirst();
        assertEquals("t3.small", overridden.instanceType());
        ec2.modifyLaunchTemplate(CTX, new ModifyLaunchTemplateRequest(null, null, t.launchTemplateId(), null, "2"));
        assertEquals(2L, store.read(tx -> port.launchTemplate(tx, ACCOUNT, "us-east-1", new Instances.TemplateRef(null, "web", null)))
                .map(Instances.Template::version).orElseThrow());
        assertEquals("InvalidLaunchTemplateId.VersionNotFound", assertThrows(AwsException.class, () -> run(shape("{\"MinCount\":1,\"MaxCount\":1,\"LaunchTemplate\":{\"LaunchTemplateId\":\"" + t.launchTemplateId() + "\",\"Version\":\"9\"}}", RunInstancesRequest.class))).code());
    }

    @Test
    void thePortLaunchesWithAGroupsTagsAndTerminatesIgnoringUnknownIds() {
        List<Instances.Instance> launched = store.write(tx -> port.run(tx, CTX.principal(), new Instances.Launch(ACCOUNT, "us-east-1", null, null,
                new Instances.Configuration(FakeNetwork.IMAGE, "t3.micro", null, List.of(), null, null, null, null, true), null, 2,
                Map.of("aws:autoscaling:groupName", "g", "Env", "prod"))));
        assertEquals(2, launched.size());
        assertEquals("pending", launched.getFirst().state());
        Instance i = describe(launched.getFirst().instanceId());
        assertEquals(Map.of("aws:autoscaling:groupName", "g", "Env", "prod"), ResourceTags.map(i.tags()));
        assertEquals("enabled", i.monitoring().state(), "a launch configuration's InstanceMonitoring, detailed by default");
        store.write(tx -> {
            port.terminate(tx, CTX.principal(), ACCOUNT, "us-east-1", List.of(launched.getFirst().instanceId(), "i-0123456789abcdef0"));
            return null;
        });
        assertEquals("shutting-down", state(launched.getFirst().instanceId()));
        assertEquals(List.of(launched.getLast().instanceId()), store.read(tx -> port.find(tx, ACCOUNT, "us-east-1",
                List.of(launched.getLast().instanceId(), "i-0123456789abcdef0"))).stream().map(Instances.Instance::instanceId).toList());
    }

    @Test
    void statusChecksPassAWhileAfterAnInstanceRuns() throws Exception {
        String id = run(request()).instances().getFirst().instanceId();
        DescribeInstanceStatusRequest running = new DescribeInstanceStatusRequest(null, null, null, null, null, null, null);
        assertEquals(List.of(), ec2.describeInstanceStatus(CTX, running).instanceStatuses(), "only running instances by default");
        assertEquals("not-applicable", ec2.describeInstanceStatus(CTX, new DescribeInstanceStatusRequest(null, null, null, null, null, null, true))
                .instanceStatuses().getFirst().instanceStatus().status());
        advance(Duration.ofSeconds(5), () -> state(id).equals("running"));
        assertEquals("initializing", ec2.describeInstanceStatus(CTX, running).instanceStatuses().getFirst().instanceStatus().status());
        settle(Duration.ofSeconds(5));
        var ok = ec2.describeInstanceStatus(CTX, running).instanceStatuses().getFirst();
        assertEquals("ok", ok.instanceStatus().status());
        assertEquals("ok", ok.systemStatus().status());
        assertEquals("passed", ok.instanceStatus().details().getFirst().status());
    }

    /** Runs CloudWatch's sampling of the minute that starts at {@code minute}. */
    void sample(long minute) {
        store.write(tx -> {
            metrics.sample(tx, minute);
            return null;
        });
    }

    @Test
    void aRunningInstancePublishesTheCpuItsTagSaysEveryFiveMinutesAndItsStatusChecksEveryMinute() throws Exception {
        String id = run(request("{\"TagSpecifications\":[{\"ResourceType\":\"instance\",\"Tags\":[{\"Key\":\"stratus:cpu-utilization\",\"Value\":\"87.5\"}]}]}"))
                .instances().getFirst().instanceId();
        String idle = run(request()).instances().getFirst().instanceId();
        sample(0);
        assertEquals(List.of(), metrics.all(), "pending instances publish nothing");
        advance(Duration.ofSeconds(5), () -> state(id).equals("running") && state(idle).equals("running"));
        store.write(tx -> {
            dev.stratus.platform.Tags.putOwn(tx, ResourceType.INSTANCE.tagArn("us-east-1", ACCOUNT, id), Map.of("aws:autoscaling:groupName", "web"));
            return null;
        });
        long minute = 1_800_000_000_000L / 60_000 * 60_000;
        long fifth = minute + Math.floorMod(4 - minute / 60_000, 5) * 60_000;
        sample(fifth - 60_000);
        assertEquals(List.of("StatusCheckFailed", "StatusCheckFailed_Instance", "StatusCheckFailed_System"), metrics.names("AWS/EC2"),
                "basic monitoring: no CPU before the five minutes end");
        metrics.clear();
        sample(fifth);
        var cpu = metrics.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", id));
        assertEquals(1, cpu.size());
        assertEquals(87.5, cpu.getFirst().value());
        assertEquals("Percent", cpu.getFirst().unit());
        assertEquals(fifth - 4 * 60_000, cpu.getFirst().timestampMillis(), "stamped with the start of its five minutes");
        assertEquals(Ec2Metrics.IDLE_CPU, metrics.sum("AWS/EC2", "CPUUtilization", Map.of("InstanceId", idle)));
        assertEquals(87.5, metrics.sum("AWS/EC2", "CPUUtilization", Map.of("AutoScalingGroupName", "web")));
        assertEquals(0, metrics.of("AWS/EC2", "CPUUtilization", Map.of("InstanceType", "t3.micro")).size(), "aggregates by type need detailed monitoring");
        assertEquals("Bytes", metrics.of("AWS/EC2", "NetworkIn", Map.of("InstanceId", id)).getFirst().unit());
    }

    @Test
    void monitorInstancesTurnsDetailedMonitoringOnEveryMinuteAndUnmonitorOff() throws Exception {
        String id = run(request()).instances().getFirst().instanceId();
        advance(Duration.ofSeconds(5), () -> state(id).equals("running"));
        var on = ec2.monitorInstances(CTX, new dev.stratus.ec2.api.MonitorInstancesRequest(List.of(id), null)).instanceMonitorings().getFirst();
        assertEquals(id, on.instanceId());
        assertEquals("pending", on.monitoring().state());
        assertEquals("enabled", describe(id).monitoring().state());
        long minute = 1_800_000_000_000L / 60_000 * 60_000;
        long notFifth = Math.floorMod(minute / 60_000, 5) == 4 ? minute + 60_000 : minute;
        sample(notFifth);
        assertEquals(Ec2Metrics.IDLE_CPU, metrics.sum("AWS/EC2", "CPUUtilization", Map.of("InstanceType", "t3.micro")));
        assertEquals(1, metrics.of("AWS/EC2", "CPUUtilization", Map.of()).size(), "and across the region");
        assertEquals(notFifth, metrics.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", id)).getFirst().timestampMillis());
        var off = ec2.unmonitorInstances(CTX, new dev.stratus.ec2.api.UnmonitorInstancesRequest(List.of(id), null)).instanceMonitorings().getFirst();
        assertEquals("disabling", off.monitoring().state());
        assertEquals("disabled", describe(id).monitoring().state());
        metrics.clear();
        sample(notFifth);
        assertEquals(0, metrics.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", id)).size());
        AwsException missing = assertThrows(AwsException.class,
                () -> ec2.monitorInstances(CTX, new dev.stratus.ec2.api.MonitorInstancesRequest(List.of("i-0123456789abcdef0"), null)));
        assertEquals("InvalidInstanceID.NotFound", missing.code());
    }

    @Test
    void aCpuTagOutsideZeroToAHundredIsHeldToItAndOneNotANumberIsIdle() {
        assertEquals(100, Ec2Metrics.cpu("250"));
        assertEquals(0, Ec2Metrics.cpu("-3"));
        assertEquals(Ec2Metrics.IDLE_CPU, Ec2Metrics.cpu("busy"));
        assertEquals(42, Ec2Metrics.cpu(" 42 "));
    }
}
