package dev.stratus.ec2;

import dev.stratus.ec2.InstanceLifecycle.State;
import dev.stratus.ec2.InstanceStore.Doc;
import dev.stratus.ec2.InstanceStore.Row;
import dev.stratus.ec2.InstanceViews.Shown;
import dev.stratus.ec2.api.DescribeInstanceAttributeRequest;
import dev.stratus.ec2.api.DescribeInstanceStatusRequest;
import dev.stratus.ec2.api.DescribeInstanceStatusResult;
import dev.stratus.ec2.api.DescribeInstancesRequest;
import dev.stratus.ec2.api.DescribeInstancesResult;
import dev.stratus.ec2.api.GroupIdentifier;
import dev.stratus.ec2.api.Instance;
import dev.stratus.ec2.api.InstanceAttribute;
import dev.stratus.ec2.api.InstanceMonitoring;
import dev.stratus.ec2.api.InstanceStateChange;
import dev.stratus.ec2.api.InstanceStatus;
import dev.stratus.ec2.api.InstanceStatusDetails;
import dev.stratus.ec2.api.InstanceStatusSummary;
import dev.stratus.ec2.api.ModifyInstanceAttributeRequest;
import dev.stratus.ec2.api.Monitoring;
import dev.stratus.ec2.api.Reservation;
import dev.stratus.ec2.api.RunInstancesRequest;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The instance operations: RunInstances, Start/Stop/Reboot/TerminateInstances with their
 * state-change answers, DescribeInstances, DescribeInstanceStatus and the instance attributes.
 * Every operation naming instances checks all of them (well-formed, existing, in a state that
 * allows it) before it changes any.
 */
final class Ec2Instances {
    private static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final String USER_SHUTDOWN = "Client.UserInitiatedShutdown";

    static final Filters<InstanceStatus> STATUS_FILTERS = Filters.<InstanceStatus>of(null)
            .one("availability-zone", s -> s.availabilityZone())
            .one("instance-state-name", s -> s.instanceState().name())
            .one("instance-state-code", s -> s.instanceState().code())
            .one("instance-status.status", s -> s.instanceStatus().status())
            .one("system-status.status", s -> s.systemStatus().status())
            .many("instance-status.reachability", s -> s.instanceStatus().details() == null ? List.of()
                    : s.instanceStatus().details().stream().map(InstanceStatusDetails::status).toList())
            .many("system-status.reachability", s -> s.systemStatus().details() == null ? List.of()
                    : s.systemStatus().details().stream().map(InstanceStatusDetails::status).toList())
            .build();

    private final InstanceStore store;
    private final InstanceLifecycle lifecycle;
    private final Launcher launcher;
    private final InstanceViews views;
    private final Network network;
    private final Volumes volumes;
    private final Clock clock;

    Ec2Instances(InstanceStore store, InstanceLifecycle lifecycle, Launcher launcher, InstanceViews views, Network network, Volumes volumes,
                 Clock clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.launcher = launcher;
        this.views = views;
        this.network = network;
        this.volumes = volumes;
        this.clock = clock;
    }

    Reservation run(Tx tx, RequestContext ctx, RunInstancesRequest in) throws SQLException {
        List<Row> rows = launcher.run(tx, ctx.accountId(), ctx.region(), null, in, Map.of());
        return InstanceViews.reservations(views.show(tx, ctx.accountId(), ctx.region(), rows, false)).getFirst();
    }

    List<InstanceStateChange> start(Tx tx, String account, String region, List<String> ids) throws SQLException {
        List<Row> rows = named(tx, account, region, ids);
        for (Row r : rows) {
            if (r.state() != State.STOPPED && r.state() != State.PENDING && r.state() != State.RUNNING) {
                throw incorrectState(r.id(), "started");
            }
        }
        List<InstanceStateChange> out = new ArrayList<>();
        for (Row r : rows) {
            State now = r.state();
            if (now == State.STOPPED) {
                lifecycle.userMove(tx, r.id(), State.PENDING, "pending", "pending");
                store.setReasons(tx, r.id(), "", "pending", "pending");
                now = State.PENDING;
            }
            out.add(new InstanceStateChange(r.id(), now.shape(), r.state().shape()));
        }
        return out;
    }

    List<InstanceStateChange> stop(Tx tx, String account, String region, List<String> ids, boolean hibernate) throws SQLException {
        List<Row> rows = named(tx, account, region, ids);
        for (Row r : rows) {
            if (r.doc().disableApiStop()) {
                throw new AwsException("OperationNotPermitted", "The instance '" + r.id() + "' may not be stopped. Modify its 'disableApiStop' instance "
                        + "attribute and try again.");
            }
            if (hibernate && !r.doc().instance().path("HibernationOptions").path("Configured").asBoolean(false)) {
                throw new AwsException("UnsupportedHibernationConfiguration", "The instance '" + r.id() + "' does not have hibernation configured. "
                        + "To hibernate an instance, enable hibernation when you launch it.");
            }
            if (r.state() == State.SHUTTING_DOWN || r.state() == State.TERMINATED) {
                throw incorrectState(r.id(), "stopped");
            }
            if (r.state() == State.PENDING && !r.everRunning()) {
                throw new AwsException("IncorrectInstanceState", "Instance '" + r.id() + "' cannot be stopped as it has never reached the 'running' state.");
            }
        }
        List<InstanceStateChange> out = new ArrayList<>();
        for (Row r : rows) {
            State now = r.state();
            if (now == State.RUNNING || now == State.PENDING) {
                lifecycle.userMove(tx, r.id(), State.STOPPING, USER_SHUTDOWN, USER_SHUTDOWN + ": User initiated shutdown");
                now = State.STOPPING;
            }
            out.add(new InstanceStateChange(r.id(), now.shape(), r.state().shape()));
        }
        return out;
    }

    List<InstanceStateChange> terminate(Tx tx, String account, String region, List<String> ids, boolean ignoreMissing) throws SQLException {
        List<Row> rows = ignoreMissing ? store.get(tx, account, region, wellFormed(ids)) : named(tx, account, region, ids);
        for (Row r : rows) {
            if (r.doc().disableApiTermination()) {
                throw new AwsException("OperationNotPermitted", "The instance '" + r.id() + "' may not be terminated. Modify its 'disableApiTermination' "
                        + "instance attribute and try again.");
            }
        }
        List<InstanceStateChange> out = new ArrayList<>();
        for (Row r : rows) {
            State now = r.state();
            if (now != State.SHUTTING_DOWN && now != State.TERMINATED) {
                lifecycle.userMove(tx, r.id(), State.SHUTTING_DOWN, USER_SHUTDOWN, USER_SHUTDOWN + ": User initiated shutdown");
                now = State.SHUTTING_DOWN;
            }
            out.add(new InstanceStateChange(r.id(), now.shape(), r.state().shape()));
        }
        return out;
    }

    /** A reboot leaves a running instance running: nothing to record, as AWS sends no state change for it. */
    void reboot(Tx tx, String account, String region, List<String> ids) throws SQLException {
        for (Row r : named(tx, account, region, ids)) {
            if (r.state() != State.RUNNING && r.state() != State.PENDING) {
                throw incorrectState(r.id(), "rebooted");
            }
        }
    }

    DescribeInstancesResult describe(Tx tx, RequestContext ctx, DescribeInstancesRequest in) throws SQLException {
        String account = ctx.accountId();
        String region = ctx.region();
        boolean byId = in.instanceIds() != null && !in.instanceIds().isEmpty();
        if (byId && in.maxResults() != null) {
            throw new AwsException("InvalidParameterCombination", "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        Predicate<Shown> wanted = InstanceViews.filter(in.filters());
        List<Row> rows;
        boolean everyInstance = false;
        if (byId) {
            rows = named(tx, account, region, in.instanceIds());
        } else {
            Set<String> tagged = InstanceViews.taggedIds(tx, account, region, in.filters());
            everyInstance = tagged == null;
            rows = everyInstance ? store.all(tx, account, region) : store.get(tx, account, region, tagged);
        }
        rows = new ArrayList<>(rows);
        rows.sort(Row.LAUNCH_ORDER);
        List<Shown> shown = views.show(tx, account, region, rows, everyInstance).stream().filter(wanted).toList();
        Paging.Page<Shown> page = Pages.of(ctx, shown, s -> s.row().sortKey(), in.nextToken(), in.maxResults(), 5, 1000,
                Json.string(in.filters() == null ? List.of() : in.filters()));
        return new DescribeInstancesResult(page.nextToken(), InstanceViews.reservations(page.items()));
    }

    DescribeInstanceStatusResult status(Tx tx, RequestContext ctx, DescribeInstanceStatusRequest in) throws SQLException {
        boolean byId = in.instanceIds() != null && !in.instanceIds().isEmpty();
        if (byId && in.maxResults() != null) {
            throw new AwsException("InvalidParameterCombination", "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        boolean all = Boolean.TRUE.equals(in.includeAllInstances());
        Predicate<InstanceStatus> wanted = STATUS_FILTERS.parse(in.filters());
        List<Row> rows = new ArrayList<>(byId ? named(tx, ctx.accountId(), ctx.region(), in.instanceIds()) : store.all(tx, ctx.accountId(), ctx.region()));
        rows.sort(java.util.Comparator.comparing(Row::id));
        List<Row> listed = rows.stream().filter(r -> all || r.state() == State.RUNNING).filter(r -> r.state() != State.TERMINATED || all).toList();
        List<InstanceStatus> statuses = listed.stream().map(this::status).filter(wanted).toList();
        Paging.Page<InstanceStatus> page = Pages.of(ctx, statuses, InstanceStatus::instanceId, in.nextToken(), in.maxResults(), 5, 1000,
                all, Json.string(in.filters() == null ? List.of() : in.filters()));
        return new DescribeInstanceStatusResult(page.items(), page.nextToken());
    }

    private InstanceStatus status(Row r) {
        String check;
        if (r.state() != State.RUNNING) {
            check = "not-applicable";
        } else {
            check = clock.millis() - r.stateSince() >= lifecycle.delays().statusChecks().toMillis() ? "ok" : "initializing";
        }
        List<InstanceStatusDetails> details = check.equals("not-applicable") ? null
                : List.of(new InstanceStatusDetails(null, "reachability", check.equals("ok") ? "passed" : "initializing"));
        InstanceStatusSummary summary = new InstanceStatusSummary(details, check);
        String az = r.doc().instance().path("Placement").path("AvailabilityZone").asText(null);
        String azId = r.doc().instance().path("Placement").path("AvailabilityZoneId").asText(null);
        return new InstanceStatus(az, azId, null, null, null, r.id(), r.state().shape(), summary,
                new InstanceStatusSummary(details == null ? null : List.of(details.getFirst()), check), null);
    }

    InstanceAttribute attribute(Tx tx, RequestContext ctx, DescribeInstanceAttributeRequest in) throws SQLException {
        Row r = named(tx, ctx.accountId(), ctx.region(), List.of(in.instanceId())).getFirst();
        Instance i = views.show(tx, ctx.accountId(), ctx.region(), List.of(r), false).getFirst().instance();
        String id = r.id();
        return switch (in.attribute() == null ? "" : in.attribute()) {
            case "instanceType" -> attr(id).instanceType(i.instanceType()).build();
            case "userData" -> attr(id).userData(r.doc().userData()).build();
            case "disableApiTermination" -> attr(id).disableApiTermination(r.doc().disableApiTermination()).build();
            case "disableApiStop" -> attr(id).disableApiStop(r.doc().disableApiStop()).build();
            case "instanceInitiatedShutdownBehavior" -> attr(id).shutdownBehavior(r.doc().shutdownBehavior()).build();
            case "rootDeviceName" -> attr(id).rootDeviceName(i.rootDeviceName()).build();
            case "blockDeviceMapping" -> attr(id).blockDevices(i.blockDeviceMappings()).build();
            case "productCodes" -> attr(id).productCodes().build();
            case "sourceDestCheck" -> attr(id).sourceDestCheck(i.sourceDestCheck()).build();
            case "groupSet" -> attr(id).groups(i.securityGroups()).build();
            case "ebsOptimized" -> attr(id).ebsOptimized(i.ebsOptimized()).build();
            case "enaSupport" -> attr(id).enaSupport(i.enaSupport()).build();
            case "kernel", "ramdisk", "sriovNetSupport", "enclaveOptions" -> attr(id).build();
            default -> throw new AwsException("InvalidParameterValue", "Value (" + in.attribute() + ") for parameter attribute is invalid. "
                    + "Unknown attribute.");
        };
    }

    void modify(Tx tx, RequestContext ctx, ModifyInstanceAttributeRequest in) throws SQLException {
        Row r = named(tx, ctx.accountId(), ctx.region(), List.of(in.instanceId())).getFirst();
        Doc d = r.doc();
        var n = d.instance().deepCopy();
        String attribute = in.attribute();
        String value = in.value();
        if (in.instanceType() != null || "instanceType".equals(attribute)) {
            String type = in.instanceType() != null ? in.instanceType().value() : value;
            requireStopped(r);
            InstanceTypes.Type t = InstanceTypes.require(type);
            if (!t.architecture().equals(n.path("Architecture").asText())) {
                throw new AwsException("InvalidParameterValue", "The instance type '" + type + "' does not support the '" + n.path("Architecture").asText()
                        + "' architecture of the instance's AMI.");
            }
            n.put("InstanceType", type);
            n.with("CpuOptions").put("CoreCount", t.cores()).put("ThreadsPerCore", t.threadsPerCore());
        } else if (in.userData() != null || "userData".equals(attribute)) {
            requireStopped(r);
            String data = in.userData() != null ? (in.userData().value() == null ? null : Base64.getEncoder().encodeToString(in.userData().value())) : value;
            d = new Doc(n, data, d.disableApiTermination(), d.disableApiStop(), d.shutdownBehavior(), d.publicIp(), d.requesterId(),
                    d.launchTemplateId(), d.launchTemplateVersion());
        } else if (in.disableApiTermination() != null || "disableApiTermination".equals(attribute)) {
            boolean v = in.disableApiTermination() != null ? Boolean.TRUE.equals(in.disableApiTermination().value()) : Boolean.parseBoolean(value);
            d = new Doc(n, d.userData(), v, d.disableApiStop(), d.shutdownBehavior(), d.publicIp(), d.requesterId(), d.launchTemplateId(),
                    d.launchTemplateVersion());
        } else if (in.disableApiStop() != null || "disableApiStop".equals(attribute)) {
            boolean v = in.disableApiStop() != null ? Boolean.TRUE.equals(in.disableApiStop().value()) : Boolean.parseBoolean(value);
            d = new Doc(n, d.userData(), d.disableApiTermination(), v, d.shutdownBehavior(), d.publicIp(), d.requesterId(), d.launchTemplateId(),
                    d.launchTemplateVersion());
        } else if (in.instanceInitiatedShutdownBehavior() != null || "instanceInitiatedShutdownBehavior".equals(attribute)) {
            String v = in.instanceInitiatedShutdownBehavior() != null ? in.instanceInitiatedShutdownBehavior().value() : value;
            if (!"stop".equals(v) && !"terminate".equals(v)) {
                throw new AwsException("InvalidParameterValue", "Value (" + v + ") for parameter instanceInitiatedShutdownBehavior is invalid. "
                        + "Expected: 'stop', 'terminate'.");
            }
            d = new Doc(n, d.userData(), d.disableApiTermination(), d.disableApiStop(), v, d.publicIp(), d.requesterId(), d.launchTemplateId(),
                    d.launchTemplateVersion());
        } else if (in.sourceDestCheck() != null || "sourceDestCheck".equals(attribute)) {
            boolean v = in.sourceDestCheck() != null ? Boolean.TRUE.equals(in.sourceDestCheck().value()) : Boolean.parseBoolean(value);
            n.put("SourceDestCheck", v);
            n.path("NetworkInterfaces").forEach(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e).put("SourceDestCheck", v));
        } else if (in.ebsOptimized() != null || "ebsOptimized".equals(attribute)) {
            requireStopped(r);
            n.put("EbsOptimized", in.ebsOptimized() != null ? Boolean.TRUE.equals(in.ebsOptimized().value()) : Boolean.parseBoolean(value));
        } else if (in.groups() != null && !in.groups().isEmpty() || "groupSet".equals(attribute)) {
            List<String> ids = in.groups() != null && !in.groups().isEmpty() ? in.groups() : value == null ? List.of() : List.of(value);
            List<GroupIdentifier> groups = network.securityGroups(tx, r.account(), r.region(), n.path("VpcId").asText(), ids, null);
            n.set("SecurityGroups", Json.tree(groups));
            n.path("NetworkInterfaces").forEach(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e).set("Groups", Json.tree(groups)));
        } else if (in.blockDeviceMappings() != null || "blockDeviceMapping".equals(attribute)) {
            for (var m : in.blockDeviceMappings() == null ? List.<dev.stratus.ec2.api.InstanceBlockDeviceMappingSpecification>of() : in.blockDeviceMappings()) {
                boolean delete = m.ebs() != null && Boolean.TRUE.equals(m.ebs().deleteOnTermination());
                if (m.deviceName() == null || !volumes.setDeleteOnTermination(tx, r.id(), m.deviceName(), delete)) {
                    throw new AwsException("InvalidInstanceAttributeValue", "No device is attached to the instance at " + m.deviceName());
                }
            }
        } else {
            throw new AwsException("InvalidParameterCombination", "No attributes specified.");
        }
        store.setDoc(tx, r.id(), d.withInstance(n));
    }

    /** The account's instances by id, in the order named: malformed ids and missing ones are EC2's errors, naming all missing. */
    /**
     * MonitorInstances ({@code enable}) and UnmonitorInstances: detailed monitoring on or off. AWS
     * answers the change under way ("pending", "disabling"); here it is done at once.
     */
    List<InstanceMonitoring> monitor(Tx tx, String account, String region, List<String> ids, boolean enable) throws SQLException {
        List<InstanceMonitoring> out = new ArrayList<>();
        for (Row r : named(tx, account, region, ids)) {
            var n = r.doc().instance().deepCopy();
            n.putObject("Monitoring").put("State", enable ? "enabled" : "disabled");
            store.setDoc(tx, r.id(), r.doc().withInstance(n));
            out.add(new InstanceMonitoring(r.id(), new Monitoring(enable ? "pending" : "disabling")));
        }
        return out;
    }

    List<Row> named(Tx tx, String account, String region, List<String> ids) throws SQLException {
        if (ids == null || ids.isEmpty()) {
            throw new AwsException("MissingParameter", "The request must contain the parameter InstanceId");
        }
        List<String> wellFormed = wellFormed(ids);
        List<Row> rows = store.get(tx, account, region, wellFormed);
        if (rows.size() < wellFormed.stream().distinct().count()) {
            Set<String> found = new java.util.HashSet<>(rows.stream().map(Row::id).toList());
            List<String> missing = wellFormed.stream().filter(id -> !found.contains(id)).distinct().toList();
            throw missing.size() == 1 ? ResourceType.INSTANCE.notFound(missing.getFirst())
                    : new AwsException("InvalidInstanceID.NotFound", "The instance IDs '" + String.join(", ", missing) + "' do not exist");
        }
        return rows.stream().distinct().toList();
    }

    private static List<String> wellFormed(List<String> ids) {
        for (String id : ids) {
            if (id == null || !INSTANCE_ID.matcher(id).matches()) {
                throw new AwsException("InvalidInstanceID.Malformed", "Invalid id: \"" + id + "\"");
            }
        }
        return ids;
    }

    private static void requireStopped(Row r) {
        if (r.state() != State.STOPPED) {
            throw new AwsException("IncorrectInstanceState", "The instance '" + r.id() + "' is not in the 'stopped' state.");
        }
    }

    private static AwsException incorrectState(String id, String verb) {
        return new AwsException("IncorrectInstanceState", "The instance '" + id + "' is not in a state from which it can be " + verb + ".");
    }

    private static Attr attr(String id) {
        return new Attr(id);
    }

    /** One attribute of an instance, as DescribeInstanceAttribute answers it (the others left out). */
    private static final class Attr {
        private final com.fasterxml.jackson.databind.node.ObjectNode n = Json.MAPPER.createObjectNode();

        Attr(String id) {
            n.put("InstanceId", id);
        }

        Attr instanceType(String v) {
            n.putObject("InstanceType").put("Value", v);
            return this;
        }

        Attr userData(String v) {
            if (v == null) {
                n.putObject("UserData");
            } else {
                n.putObject("UserData").put("Value", v);
            }
            return this;
        }

        Attr disableApiTermination(boolean v) {
            n.putObject("DisableApiTermination").put("Value", v);
            return this;
        }

        Attr disableApiStop(boolean v) {
            n.putObject("DisableApiStop").put("Value", v);
            return this;
        }

        Attr shutdownBehavior(String v) {
            n.putObject("InstanceInitiatedShutdownBehavior").put("Value", v);
            return this;
        }

        Attr rootDeviceName(String v) {
            n.putObject("RootDeviceName").put("Value", v);
            return this;
        }

        Attr blockDevices(Object v) {
            n.set("BlockDeviceMappings", Json.tree(v == null ? List.of() : v));
            return this;
        }

        Attr productCodes() {
            n.putArray("ProductCodes");
            return this;
        }

        Attr sourceDestCheck(Boolean v) {
            n.putObject("SourceDestCheck").put("Value", Boolean.TRUE.equals(v));
            return this;
        }

        Attr groups(Object v) {
            n.set("Groups", Json.tree(v == null ? List.of() : v));
            return this;
        }

        Attr ebsOptimized(Boolean v) {
            n.putObject("EbsOptimized").put("Value", Boolean.TRUE.equals(v));
            return this;
        }

        Attr enaSupport(Boolean v) {
            n.putObject("EnaSupport").put("Value", Boolean.TRUE.equals(v));
            return this;
        }

        InstanceAttribute build() {
            return Json.read(n, InstanceAttribute.class);
        }
    }
}
