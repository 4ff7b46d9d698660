package dev.stratus.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.ec2.InstanceLifecycle.State;
import dev.stratus.ec2.InstanceStore.Row;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.GroupIdentifier;
import dev.stratus.ec2.api.Instance;
import dev.stratus.ec2.api.InstanceBlockDeviceMapping;
import dev.stratus.ec2.api.Reservation;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Instances as DescribeInstances shows them: the stored description with what changes over time
 * added (state, reasons, public address, tags, block devices), AWS's filters over it, and the
 * grouping into reservations. Reads are shaped for many instances: tags and block devices come in
 * one query each for the whole set, and a {@code tag:} filter first narrows the set to the
 * instances carrying the key, with one range query over the tag table.
 */
final class InstanceViews {
    private static final DateTimeFormatter FILTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** An instance shown, with the row it came from (for what the shape does not carry: reservation, requester). */
    record Shown(Row row, Instance instance) {
    }

    static final Filters<Shown> FILTERS = Filters.<Shown>of(s -> tagMap(s.instance()))
            .one("instance-id", s -> s.instance().instanceId())
            .one("instance-state-name", s -> s.instance().state().name())
            .one("instance-state-code", s -> s.instance().state().code())
            .one("instance-type", s -> s.instance().instanceType())
            .one("image-id", s -> s.instance().imageId())
            .one("private-ip-address", s -> s.instance().privateIpAddress())
            .one("ip-address", s -> s.instance().publicIpAddress())
            .one("private-dns-name", s -> s.instance().privateDnsName())
            .one("dns-name", s -> s.instance().publicDnsName())
            .one("subnet-id", s -> s.instance().subnetId())
            .one("vpc-id", s -> s.instance().vpcId())
            .one("availability-zone", s -> s.instance().placement() == null ? null : s.instance().placement().availabilityZone())
            .one("tenancy", s -> s.instance().placement() == null ? null : s.instance().placement().tenancy())
            .one("placement-group-name", s -> s.instance().placement() == null ? null : s.instance().placement().groupName())
            .one("key-name", s -> s.instance().keyName())
            .one("launch-time", s -> FILTER_TIME.format(s.instance().launchTime()))
            .one("ami-launch-index", s -> s.instance().amiLaunchIndex())
            .one("architecture", s -> s.instance().architecture())
            .one("hypervisor", s -> s.instance().hypervisor())
            .one("virtualization-type", s -> s.instance().virtualizationType())
            .one("root-device-name", s -> s.instance().rootDeviceName())
            .one("root-device-type", s -> s.instance().rootDeviceType())
            .one("platform", s -> s.instance().platform())
            .one("platform-details", s -> s.instance().platformDetails())
            .one("usage-operation", s -> s.instance().usageOperation())
            .one("monitoring-state", s -> s.instance().monitoring().state())
            .one("client-token", s -> s.instance().clientToken())
            .one("ebs-optimized", s -> s.instance().ebsOptimized())
            .one("source-dest-check", s -> s.instance().sourceDestCheck())
            .one("reason", s -> s.instance().stateTransitionReason())
            .one("state-reason-code", s -> s.instance().stateReason() == null ? null : s.instance().stateReason().code())
            .one("state-reason-message", s -> s.instance().stateReason() == null ? null : s.instance().stateReason().message())
            .one("iam-instance-profile.arn", s -> s.instance().iamInstanceProfile() == null ? null : s.instance().iamInstanceProfile().arn())
            .one("metadata-options.http-tokens", s -> s.instance().metadataOptions().httpTokens())
            .one("metadata-options.http-endpoint", s -> s.instance().metadataOptions().httpEndpoint())
            .one("reservation-id", s -> s.row().reservationId())
            .one("owner-id", s -> s.row().account())
            .one("requester-id", s -> s.row().doc().requesterId())
            .many("instance.group-id", s -> groups(s.instance(), GroupIdentifier::groupId))
            .many("instance.group-name", s -> groups(s.instance(), GroupIdentifier::groupName))
            .many("group-id", s -> groups(s.instance(), GroupIdentifier::groupId))
            .many("group-name", s -> groups(s.instance(), GroupIdentifier::groupName))
            .many("block-device-mapping.volume-id", s -> devices(s.instance(), d -> d.ebs().volumeId()))
            .many("block-device-mapping.device-name", s -> devices(s.instance(), InstanceBlockDeviceMapping::deviceName))
            .many("block-device-mapping.status", s -> devices(s.instance(), d -> d.ebs().status()))
            .many("block-device-mapping.delete-on-termination", s -> devices(s.instance(), d -> String.valueOf(d.ebs().deleteOnTermination())))
            .many("network-interface.network-interface-id", s -> interfaces(s.instance(), "NetworkInterfaceId"))
            .many("network-interface.subnet-id", s -> interfaces(s.instance(), "SubnetId"))
            .many("network-interface.vpc-id", s -> interfaces(s.instance(), "VpcId"))
            .many("network-interface.mac-address", s -> interfaces(s.instance(), "MacAddress"))
            .many("network-interface.addresses.private-ip-address", s -> interfaces(s.instance(), "PrivateIpAddress"))
            .many("network-interface.private-dns-name", s -> interfaces(s.instance(), "PrivateDnsName"))
            .build();

    private final ResourceTags tags;
    private final Volumes volumes;

    InstanceViews(ResourceTags tags, Volumes volumes) {
        this.tags = tags;
        this.volumes = volumes;
    }

    /**
     * The rows shown, with their block devices read for all of them at once, and their tags read
     * in one range over the account's instance tags when {@code everyInstance} (the rows are all
     * of them), else by instance through the tag table's key.
     */
    List<Shown> show(Tx tx, String account, String region, List<Row> rows, boolean everyInstance) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> tagsById;
        if (!everyInstance) {
            tagsById = new HashMap<>();
            for (Row r : rows) {
                tagsById.put(r.id(), tags.of(tx, account, region, r.id()));
            }
        } else {
            tagsById = tags.ofKind(tx, account, region, ResourceType.INSTANCE);
        }
        List<String> live = rows.stream().filter(r -> r.state() != State.TERMINATED).map(Row::id).toList();
        Map<String, List<InstanceBlockDeviceMapping>> devices = live.isEmpty() ? Map.of() : volumes.attachedTo(tx, account, region, live);
        List<Shown> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Shown(r, render(r, tagsById.getOrDefault(r.id(), Map.of()), devices.getOrDefault(r.id(), List.of()))));
        }
        return out;
    }

    /** The instance as EC2 describes it now. */
    static Instance render(Row r, Map<String, String> tagMap, List<InstanceBlockDeviceMapping> devices) {
        ObjectNode n = r.doc().instance().deepCopy();
        n.set("State", Json.tree(r.state().shape()));
        n.put("StateTransitionReason", r.transitionReason());
        if (r.reasonCode() != null) {
            ObjectNode reason = n.putObject("StateReason");
            reason.put("Code", r.reasonCode());
            reason.put("Message", r.reasonMessage());
        }
        n.put("PublicDnsName", Addresses.publicDnsName(r.region(), r.publicIp()));
        if (r.publicIp() != null) {
            n.put("PublicIpAddress", r.publicIp());
            ObjectNode association = Json.MAPPER.createObjectNode();
            association.put("IpOwnerId", "amazon");
            association.put("PublicDnsName", Addresses.publicDnsName(r.region(), r.publicIp()));
            association.put("PublicIp", r.publicIp());
            for (JsonNode eni : n.path("NetworkInterfaces")) {
                ((ObjectNode) eni).set("Association", association);
                for (JsonNode address : eni.path("PrivateIpAddresses")) {
                    ((ObjectNode) address).set("Association", association);
                }
            }
        }
        if (r.state() == State.TERMINATED) {
            n.putArray("NetworkInterfaces");
            n.putArray("SecurityGroups");
            n.remove("PrivateIpAddress");
            n.put("PrivateDnsName", "");
        }
        ArrayNode bdm = n.putArray("BlockDeviceMappings");
        devices.forEach(d -> bdm.add(Json.tree(d)));
        if (!tagMap.isEmpty()) {
            ArrayNode t = n.putArray("Tags");
            tagMap.forEach((k, v) -> t.addObject().put("Key", k).put("Value", v));
        }
        return Json.read(n, Instance.class);
    }

    /** Instances, in the order given, grouped into their reservations as DescribeInstances lists them. */
    static List<Reservation> reservations(List<Shown> shown) {
        Map<String, List<Shown>> byReservation = new LinkedHashMap<>();
        shown.forEach(s -> byReservation.computeIfAbsent(s.row().reservationId(), k -> new ArrayList<>()).add(s));
        List<Reservation> out = new ArrayList<>();
        byReservation.forEach((id, members) -> {
            Row first = members.getFirst().row();
            out.add(new Reservation(id, first.account(), first.doc().requesterId(), List.of(), members.stream().map(Shown::instance).toList()));
        });
        return out;
    }

    /**
     * The ids of the account's instances that carry every key named by a {@code tag:K} filter with
     * a value it allows, read from the tag table alone; null when no such filter is given.
     */
    static Set<String> taggedIds(Tx tx, String account, String region, List<Filter> filters) throws SQLException {
        if (filters == null) {
            return null;
        }
        Set<String> ids = null;
        String prefix = ResourceType.INSTANCE.tagArn(region, account, "");
        for (Filter f : filters) {
            if (f.name() == null || !f.name().startsWith("tag:") || f.name().length() == 4) {
                continue;
            }
            List<Pattern> values = (f.values() == null ? List.<String>of() : f.values()).stream().map(Filters::pattern).toList();
            Set<String> matching = new HashSet<>();
            PreparedStatement ps = tx.sql("SELECT arn, tag_value FROM resource_tag WHERE arn >= ? AND arn < ? AND tag_key = ?");
            Tx.bind(ps, prefix, prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1), f.name().substring(4));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = rs.getString(2);
                    if (values.stream().anyMatch(p -> p.matcher(value).matches())) {
                        matching.add(rs.getString(1).substring(prefix.length()));
                    }
                }
            }
            if (ids == null) {
                ids = matching;
            } else {
                ids.retainAll(matching);
            }
        }
        return ids;
    }

    static Predicate<Shown> filter(List<Filter> filters) {
        return FILTERS.parse(filters);
    }

    private static Map<String, String> tagMap(Instance i) {
        return ResourceTags.map(i.tags());
    }

    private static List<String> groups(Instance i, java.util.function.Function<GroupIdentifier, String> part) {
        return i.securityGroups() == null ? List.of() : i.securityGroups().stream().map(part).filter(java.util.Objects::nonNull).toList();
    }

    private static List<String> devices(Instance i, java.util.function.Function<InstanceBlockDeviceMapping, String> part) {
        return i.blockDeviceMappings() == null ? List.of()
                : i.blockDeviceMappings().stream().filter(d -> d.ebs() != null).map(part).filter(java.util.Objects::nonNull).toList();
    }

    private static List<String> interfaces(Instance i, String field) {
        List<String> out = new ArrayList<>();
        Json.tree(i.networkInterfaces() == null ? List.of() : i.networkInterfaces()).forEach(e -> {
            if (e.hasNonNull(field)) {
                out.add(e.get(field).asText());
            }
        });
        return out;
    }
}
