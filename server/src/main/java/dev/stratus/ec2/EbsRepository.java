package dev.stratus.ec2;

import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where EBS keeps its volumes, their attachments, snapshots and who may restore them, and volume
 * modifications: every SQL statement on those tables. Times are epoch milliseconds; flags 0 or 1.
 */
final class EbsRepository {
    static final String MIGRATION = "ec2.ebs";
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE ec2_volume (
              volume_id TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              availability_zone TEXT NOT NULL,
              size BIGINT NOT NULL,
              volume_type TEXT NOT NULL,
              iops BIGINT,
              throughput BIGINT,
              snapshot_id TEXT,
              encrypted BIGINT NOT NULL,
              kms_key_id TEXT,
              multi_attach BIGINT NOT NULL,
              state TEXT NOT NULL,
              create_time BIGINT NOT NULL,
              auto_enable_io BIGINT NOT NULL DEFAULT 0,
              request_id TEXT NOT NULL);
            CREATE INDEX ec2_volume_owner ON ec2_volume (account, region);
            CREATE TABLE ec2_volume_attachment (
              id ${ID},
              volume_id TEXT NOT NULL,
              instance_id TEXT NOT NULL,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              device TEXT NOT NULL,
              state TEXT NOT NULL,
              attach_time BIGINT NOT NULL,
              delete_on_termination BIGINT NOT NULL);
            CREATE UNIQUE INDEX ec2_volume_attachment_key ON ec2_volume_attachment (volume_id, instance_id);
            CREATE INDEX ec2_volume_attachment_instance ON ec2_volume_attachment (instance_id);
            CREATE TABLE ec2_snapshot (
              snapshot_id TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              volume_id TEXT NOT NULL,
              volume_size BIGINT NOT NULL,
              description TEXT NOT NULL,
              state TEXT NOT NULL,
              start_time BIGINT NOT NULL,
              completion_time BIGINT,
              encrypted BIGINT NOT NULL,
              kms_key_id TEXT,
              event TEXT NOT NULL,
              source TEXT NOT NULL,
              batch TEXT);
            CREATE INDEX ec2_snapshot_owner ON ec2_snapshot (account, region);
            CREATE INDEX ec2_snapshot_batch ON ec2_snapshot (batch);
            CREATE TABLE ec2_snapshot_permission (
              snapshot_id TEXT NOT NULL,
              grantee TEXT NOT NULL,
              PRIMARY KEY (snapshot_id, grantee));
            CREATE INDEX ec2_snapshot_permission_grantee ON ec2_snapshot_permission (grantee);
            CREATE TABLE ec2_volume_modification (
              volume_id TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              original_size BIGINT NOT NULL,
              original_type TEXT NOT NULL,
              original_iops BIGINT,
              original_throughput BIGINT,
              original_multi_attach BIGINT NOT NULL,
              start_time BIGINT NOT NULL);
            """);

    /** A volume as stored; its attachments are read apart. */
    record VolumeRow(String volumeId, String account, String region, String availabilityZone, int size, String volumeType, Integer iops,
                     Integer throughput, String snapshotId, boolean encrypted, String kmsKeyId, boolean multiAttach, String state,
                     long createTime, boolean autoEnableIo, String requestId) {
    }

    /** One volume attached to one instance; an instance's are listed in the order they were attached. */
    record AttachmentRow(String volumeId, String instanceId, String device, String state, long attachTime, boolean deleteOnTermination) {
    }

    /**
     * A snapshot: {@code event} is what made it ({@code createSnapshot}, {@code createSnapshots},
     * {@code copySnapshot}) and names the event its completion sends, {@code source} the ARN of what
     * it was taken from, {@code batch} the CreateSnapshots call it belongs to.
     */
    record SnapshotRow(String snapshotId, String account, String region, String volumeId, int volumeSize, String description, String state,
                       long startTime, Long completionTime, boolean encrypted, String kmsKeyId, String event, String source, String batch) {
    }

    /** The volume as it was before its last ModifyVolume, and when that began. */
    record ModificationRow(String volumeId, int originalSize, String originalType, Integer originalIops, Integer originalThroughput,
                           boolean originalMultiAttach, long startTime) {
    }

    private static final String VOLUME_COLUMNS = "volume_id, account, region, availability_zone, size, volume_type, iops, throughput, "
            + "snapshot_id, encrypted, kms_key_id, multi_attach, state, create_time, auto_enable_io, request_id";
    private static final String SNAPSHOT_COLUMNS = "snapshot_id, account, region, volume_id, volume_size, description, state, start_time, "
            + "completion_time, encrypted, kms_key_id, event, source, batch";

    private EbsRepository() {
    }

    // Volumes

    static void insert(Tx tx, VolumeRow v) throws SQLException {
        tx.update("INSERT INTO ec2_volume (" + VOLUME_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.volumeId(), v.account(), v.region(), v.availabilityZone(), v.size(), v.volumeType(), v.iops(), v.throughput(),
                v.snapshotId(), flag(v.encrypted()), v.kmsKeyId(), flag(v.multiAttach()), v.state(), v.createTime(), flag(v.autoEnableIo()),
                v.requestId());
    }

    static Optional<VolumeRow> volume(Tx tx, String account, String region, String volumeId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + VOLUME_COLUMNS + " FROM ec2_volume WHERE volume_id = ? AND account = ? AND region = ?");
        Tx.bind(ps, volumeId, account, region);
        List<VolumeRow> rows = volumes(ps);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** A volume by id alone, for the timers, which carry only the id. */
    static Optional<VolumeRow> volume(Tx tx, String volumeId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + VOLUME_COLUMNS + " FROM ec2_volume WHERE volume_id = ?");
        ps.setString(1, volumeId);
        List<VolumeRow> rows = volumes(ps);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The account's volumes in the region, by id. */
    static List<VolumeRow> volumes(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + VOLUME_COLUMNS + " FROM ec2_volume WHERE account = ? AND region = ? ORDER BY volume_id");
        Tx.bind(ps, account, region);
        return volumes(ps);
    }

    static void setState(Tx tx, String volumeId, String state) throws SQLException {
        tx.update("UPDATE ec2_volume SET state = ? WHERE volume_id = ?", state, volumeId);
    }

    /** The request a volume's next event reports: its deletion's once DeleteVolume is called. */
    static void setRequestId(Tx tx, String volumeId, String requestId) throws SQLException {
        tx.update("UPDATE ec2_volume SET request_id = ? WHERE volume_id = ?", requestId, volumeId);
    }

    static void setAutoEnableIo(Tx tx, String volumeId, boolean value) throws SQLException {
        tx.update("UPDATE ec2_volume SET auto_enable_io = ? WHERE volume_id = ?", flag(value), volumeId);
    }

    static void setShape(Tx tx, String volumeId, int size, String type, Integer iops, Integer throughput, boolean multiAttach)
            throws SQLException {
        tx.update("UPDATE ec2_volume SET size = ?, volume_type = ?, iops = ?, throughput = ?, multi_attach = ? WHERE volume_id = ?",
                size, type, iops, throughput, flag(multiAttach), volumeId);
    }

    static void deleteVolume(Tx tx, String volumeId) throws SQLException {
        tx.update("DELETE FROM ec2_volume WHERE volume_id = ?", volumeId);
        tx.update("DELETE FROM ec2_volume_modification WHERE volume_id = ?", volumeId);
    }

    private static List<VolumeRow> volumes(PreparedStatement ps) throws SQLException {
        List<VolumeRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new VolumeRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        integer(rs, 7), integer(rs, 8), rs.getString(9), rs.getInt(10) == 1, rs.getString(11), rs.getInt(12) == 1,
                        rs.getString(13), rs.getLong(14), rs.getInt(15) == 1, rs.getString(16)));
            }
        }
        return out;
    }

    // Attachments

    static void attach(Tx tx, String account, String region, AttachmentRow a) throws SQLException {
        tx.update("INSERT INTO ec2_volume_attachment (volume_id, instance_id, account, region, device, state, attach_time, "
                        + "delete_on_termination) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                a.volumeId(), a.instanceId(), account, region, a.device(), a.state(), a.attachTime(), flag(a.deleteOnTermination()));
    }

    static void setAttachmentState(Tx tx, String volumeId, String instanceId, String state) throws SQLException {
        tx.update("UPDATE ec2_volume_attachment SET state = ? WHERE volume_id = ? AND instance_id = ?", state, volumeId, instanceId);
    }

    static int setDeleteOnTermination(Tx tx, String instanceId, String device, boolean value) throws SQLException {
        return tx.update("UPDATE ec2_volume_attachment SET delete_on_termination = ? WHERE instance_id = ? AND device = ?",
                flag(value), instanceId, device);
    }

    static void detach(Tx tx, String volumeId, String instanceId) throws SQLException {
        tx.update("DELETE FROM ec2_volume_attachment WHERE volume_id = ? AND instance_id = ?", volumeId, instanceId);
    }

    static List<AttachmentRow> attachmentsOfVolume(Tx tx, String volumeId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT volume_id, instance_id, device, state, attach_time, delete_on_termination "
                + "FROM ec2_volume_attachment WHERE volume_id = ? ORDER BY id");
        ps.setString(1, volumeId);
        return attachments(ps);
    }

    static List<AttachmentRow> attachmentsOfInstance(Tx tx, String instanceId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT volume_id, instance_id, device, state, attach_time, delete_on_termination "
                + "FROM ec2_volume_attachment WHERE instance_id = ? ORDER BY id");
        ps.setString(1, instanceId);
        return attachments(ps);
    }

    /** How many instance ids one query names: a fixed number, so that one prepared statement serves every query. */
    private static final int INSTANCES_PER_QUERY = 100;
    private static final String ATTACHMENTS_OF_INSTANCES = "SELECT volume_id, instance_id, device, state, attach_time, delete_on_termination "
            + "FROM ec2_volume_attachment WHERE instance_id IN (" + String.join(", ", java.util.Collections.nCopies(INSTANCES_PER_QUERY, "?"))
            + ") ORDER BY id";

    /** The attachments of these instances, through the instance index, a hundred instances a query. */
    static List<AttachmentRow> attachmentsOfInstances(Tx tx, List<String> instanceIds) throws SQLException {
        List<AttachmentRow> out = new ArrayList<>();
        for (int from = 0; from < instanceIds.size(); from += INSTANCES_PER_QUERY) {
            PreparedStatement ps = tx.sql(ATTACHMENTS_OF_INSTANCES);
            List<String> chunk = instanceIds.subList(from, Math.min(instanceIds.size(), from + INSTANCES_PER_QUERY));
            for (int i = 0; i < INSTANCES_PER_QUERY; i++) {
                ps.setString(i + 1, i < chunk.size() ? chunk.get(i) : null);
            }
            out.addAll(attachments(ps));
        }
        return out;
    }

    /** Every attachment in the account and region, by volume id. */
    static Map<String, List<AttachmentRow>> attachments(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT volume_id, instance_id, device, state, attach_time, delete_on_termination "
                + "FROM ec2_volume_attachment WHERE account = ? AND region = ? ORDER BY id");
        Tx.bind(ps, account, region);
        Map<String, List<AttachmentRow>> out = new LinkedHashMap<>();
        for (AttachmentRow a : attachments(ps)) {
            out.computeIfAbsent(a.volumeId(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    private static List<AttachmentRow> attachments(PreparedStatement ps) throws SQLException {
        List<AttachmentRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AttachmentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getInt(6) == 1));
            }
        }
        return out;
    }

    // Snapshots

    static void insert(Tx tx, SnapshotRow s) throws SQLException {
        tx.update("INSERT INTO ec2_snapshot (" + SNAPSHOT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.snapshotId(), s.account(), s.region(), s.volumeId(), s.volumeSize(), s.description(), s.state(), s.startTime(),
                s.completionTime(), flag(s.encrypted()), s.kmsKeyId(), s.event(), s.source(), s.batch());
    }

    static Optional<SnapshotRow> snapshot(Tx tx, String snapshotId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + SNAPSHOT_COLUMNS + " FROM ec2_snapshot WHERE snapshot_id = ?");
        ps.setString(1, snapshotId);
        List<SnapshotRow> rows = snapshots(ps);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /**
     * The snapshots in the region the account may see: its own, and others' it may restore (shared
     * with it by id, or public).
     */
    static List<SnapshotRow> visibleSnapshots(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + SNAPSHOT_COLUMNS + " FROM ec2_snapshot WHERE region = ? AND (account = ? OR snapshot_id IN "
                + "(SELECT snapshot_id FROM ec2_snapshot_permission WHERE grantee = ? OR grantee = 'all')) ORDER BY snapshot_id");
        Tx.bind(ps, region, account, account);
        return snapshots(ps);
    }

    static List<SnapshotRow> batch(Tx tx, String batch) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + SNAPSHOT_COLUMNS + " FROM ec2_snapshot WHERE batch = ? ORDER BY snapshot_id");
        ps.setString(1, batch);
        return snapshots(ps);
    }

    static void complete(Tx tx, String snapshotId, long at) throws SQLException {
        tx.update("UPDATE ec2_snapshot SET state = 'completed', completion_time = ? WHERE snapshot_id = ?", at, snapshotId);
    }

    static void deleteSnapshot(Tx tx, String snapshotId) throws SQLException {
        tx.update("DELETE FROM ec2_snapshot WHERE snapshot_id = ?", snapshotId);
        tx.update("DELETE FROM ec2_snapshot_permission WHERE snapshot_id = ?", snapshotId);
    }

    private static List<SnapshotRow> snapshots(PreparedStatement ps) throws SQLException {
        List<SnapshotRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long completion = rs.getLong(9);
                Long completionTime = rs.wasNull() ? null : completion;
                out.add(new SnapshotRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7), rs.getLong(8), completionTime, rs.getInt(10) == 1, rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14)));
            }
        }
        return out;
    }

    // Who may restore a snapshot: account ids, or "all" for everyone

    static List<String> grantees(Tx tx, String snapshotId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT grantee FROM ec2_snapshot_permission WHERE snapshot_id = ? ORDER BY grantee");
        ps.setString(1, snapshotId);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static void grant(Tx tx, String snapshotId, Collection<String> grantees) throws SQLException {
        for (String g : grantees) {
            tx.update("INSERT INTO ec2_snapshot_permission (snapshot_id, grantee) VALUES (?, ?) ON CONFLICT DO NOTHING", snapshotId, g);
        }
    }

    static void revoke(Tx tx, String snapshotId, Collection<String> grantees) throws SQLException {
        for (String g : grantees) {
            tx.update("DELETE FROM ec2_snapshot_permission WHERE snapshot_id = ? AND grantee = ?", snapshotId, g);
        }
    }

    static void revokeAll(Tx tx, String snapshotId) throws SQLException {
        tx.update("DELETE FROM ec2_snapshot_permission WHERE snapshot_id = ?", snapshotId);
    }

    // Modifications

    static void putModification(Tx tx, String account, String region, ModificationRow m) throws SQLException {
        tx.update("DELETE FROM ec2_volume_modification WHERE volume_id = ?", m.volumeId());
        tx.update("INSERT INTO ec2_volume_modification (volume_id, account, region, original_size, original_type, original_iops, "
                        + "original_throughput, original_multi_attach, start_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.volumeId(), account, region, m.originalSize(), m.originalType(), m.originalIops(), m.originalThroughput(),
                flag(m.originalMultiAttach()), m.startTime());
    }

    /** The account's volume modifications in the region, by volume id. */
    static Map<String, ModificationRow> modifications(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT volume_id, original_size, original_type, original_iops, original_throughput, "
                + "original_multi_attach, start_time FROM ec2_volume_modification WHERE account = ? AND region = ? ORDER BY volume_id");
        Tx.bind(ps, account, region);
        Map<String, ModificationRow> out = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new ModificationRow(rs.getString(1), rs.getInt(2), rs.getString(3), integer(rs, 4), integer(rs, 5),
                        rs.getInt(6) == 1, rs.getLong(7)));
            }
        }
        return out;
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
