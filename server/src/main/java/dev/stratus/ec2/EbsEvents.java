package dev.stratus.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * EBS's events on the default bus, as the EBS user guide's "EventBridge for Amazon EBS" lists them:
 * "EBS Volume Notification" ({@code createVolume} available, {@code deleteVolume} deleted, {@code
 * modifyVolume} optimizing), "EBS Snapshot Notification" ({@code createSnapshot}, {@code
 * copySnapshot} succeeded) and "EBS Multi-Volume Snapshots Completion Status" ({@code
 * createSnapshots}, once every snapshot of the set is done). As in AWS's samples, a volume's ARN
 * carries its account while a snapshot's (and its source's) carry none, and times are whole seconds.
 */
final class EbsEvents {
    static final String SOURCE = "aws.ec2";
    static final String VOLUME_NOTIFICATION = "EBS Volume Notification";
    static final String SNAPSHOT_NOTIFICATION = "EBS Snapshot Notification";
    static final String MULTI_VOLUME_SNAPSHOTS = "EBS Multi-Volume Snapshots Completion Status";

    private final ServiceEvents bus;

    EbsEvents(ServiceEvents bus) {
        this.bus = bus;
    }

    /** A volume event: {@code event} ({@code createVolume}, …) with its {@code result} and the request that caused it. */
    void volume(Tx tx, String account, String region, String volumeId, String event, String result, String requestId) throws SQLException {
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("result", result);
        detail.put("cause", "");
        detail.put("event", event);
        detail.put("request-id", requestId == null ? "" : requestId);
        bus.put(tx, new ServiceEvents.Event(SOURCE, VOLUME_NOTIFICATION, account, region,
                List.of(ResourceType.VOLUME.arn(region, account, volumeId)), detail));
    }

    /** A snapshot made by CreateSnapshot or CopySnapshot has completed. */
    void snapshot(Tx tx, EbsRepository.SnapshotRow s) throws SQLException {
        String arn = snapshotArn(s.region(), s.snapshotId());
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("event", s.event());
        detail.put("result", "succeeded");
        detail.put("cause", "");
        detail.put("request-id", "");
        detail.put("snapshot_id", arn);
        detail.put("source", s.source());
        detail.put("startTime", time(s.startTime()));
        detail.put("endTime", time(s.completionTime()));
        if (s.event().equals("copySnapshot")) {
            detail.put("Incremental", "false");
        }
        bus.put(tx, new ServiceEvents.Event(SOURCE, SNAPSHOT_NOTIFICATION, s.account(), s.region(), List.of(arn), detail));
    }

    /** Every snapshot CreateSnapshots made in one call has completed. */
    void snapshotSet(Tx tx, List<EbsRepository.SnapshotRow> set) throws SQLException {
        EbsRepository.SnapshotRow first = set.getFirst();
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("event", "createSnapshots");
        detail.put("result", "succeeded");
        detail.put("cause", "");
        detail.put("request-id", "");
        detail.put("startTime", time(first.startTime()));
        detail.put("endTime", time(set.stream().mapToLong(EbsRepository.SnapshotRow::completionTime).max().orElseThrow()));
        ArrayNode snapshots = detail.putArray("snapshots");
        List<String> resources = new ArrayList<>();
        for (EbsRepository.SnapshotRow s : set) {
            String arn = snapshotArn(s.region(), s.snapshotId());
            resources.add(arn);
            snapshots.addObject().put("snapshot_id", arn).put("source", s.source()).put("status", "completed");
        }
        bus.put(tx, new ServiceEvents.Event(SOURCE, MULTI_VOLUME_SNAPSHOTS, first.account(), first.region(), resources, detail));
    }

    static String snapshotArn(String region, String snapshotId) {
        return ResourceType.SNAPSHOT.arn(region, "", snapshotId);
    }

    /** What a snapshot taken of a volume names as its source, without an account, as AWS's samples show it. */
    static String volumeSource(String region, String volumeId) {
        return Arn.of("ec2", region, "", "volume/" + volumeId).toString();
    }

    private static String time(long millis) {
        return Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
