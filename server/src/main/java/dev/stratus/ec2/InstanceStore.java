package dev.stratus.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.ec2.InstanceLifecycle.State;
import dev.stratus.protocol.Json;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where instances are kept: one row each, with what changes as it moves through its states in
 * columns (state, reasons, public address) and what it was launched with as one document in
 * AWS's {@code Instance} shape plus its attributes. A launch writes all its rows in one
 * transaction; a Describe reads the rows it needs by id or the account's whole range.
 */
final class InstanceStore {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE ec2_instance (
              id TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              reservation_id TEXT NOT NULL,
              launch_index BIGINT NOT NULL,
              launched_at BIGINT NOT NULL,
              state TEXT NOT NULL,
              state_since BIGINT NOT NULL,
              transition_reason TEXT NOT NULL,
              reason_code TEXT,
              reason_message TEXT,
              public_ip TEXT,
              ever_running BIGINT NOT NULL,
              client_token TEXT,
              doc TEXT NOT NULL);
            CREATE INDEX ec2_instance_place ON ec2_instance (account, region, id);
            CREATE INDEX ec2_instance_token ON ec2_instance (account, region, client_token);
            """);

    /**
     * What an instance was launched with and may be changed by ModifyInstanceAttribute: its
     * description in AWS's {@code Instance} shape (without state, tags, block devices and public
     * address, which are kept and read apart) and the attributes that description does not show.
     */
    record Doc(ObjectNode instance, String userData, boolean disableApiTermination, boolean disableApiStop, String shutdownBehavior,
               boolean publicIp, String requesterId, String launchTemplateId, Long launchTemplateVersion) {

        Doc withInstance(ObjectNode changed) {
            return new Doc(changed, userData, disableApiTermination, disableApiStop, shutdownBehavior, publicIp, requesterId, launchTemplateId,
                    launchTemplateVersion);
        }

        String text(String field) {
            return instance.path(field).isMissingNode() || instance.path(field).isNull() ? null : instance.path(field).asText();
        }
    }

    /** One instance as stored. */
    record Row(String id, String account, String region, String reservationId, int launchIndex, long launchedAt, State state, long stateSince,
               String transitionReason, String reasonCode, String reasonMessage, String publicIp, boolean everRunning, String clientToken,
               Doc doc) {

        /** Orders instances as they were launched: by time, reservation, then index in the reservation. */
        String sortKey() {
            return padded(launchedAt, 13) + reservationId + padded(launchIndex, 5);
        }

        static final java.util.Comparator<Row> LAUNCH_ORDER = java.util.Comparator.comparingLong(Row::launchedAt)
                .thenComparing(Row::reservationId).thenComparingInt(Row::launchIndex);

        private static String padded(long n, int width) {
            String s = Long.toString(n);
            return "0".repeat(Math.max(0, width - s.length())) + s;
        }
    }

    private static final String COLUMNS = "id, account, region, reservation_id, launch_index, launched_at, state, state_since, transition_reason, "
            + "reason_code, reason_message, public_ip, ever_running, client_token, doc";

    InstanceStore(Store store) {
        store.migrate("ec2.instances", MIGRATIONS);
    }

    void insert(Tx tx, Row r) throws SQLException {
        tx.update("INSERT INTO ec2_instance (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.account(), r.region(),
                r.reservationId(), r.launchIndex(), r.launchedAt(), r.state().name(), r.stateSince(), r.transitionReason(), r.reasonCode(),
                r.reasonMessage(), r.publicIp(), r.everRunning() ? 1 : 0, r.clientToken(), Json.string(r.doc()));
    }

    /** The instance by id, in any account (ids are unique across them), or null. */
    Row get(Tx tx, String id) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM ec2_instance WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? row(rs) : null;
        }
    }

    /** The account's instance by id, or null. */
    Row get(Tx tx, String account, String region, String id) throws SQLException {
        Row r = get(tx, id);
        return r != null && r.account().equals(account) && r.region().equals(region) ? r : null;
    }

    /** The instance's account and region, or null when it is gone. */
    String[] place(Tx tx, String id) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT account, region FROM ec2_instance WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
        }
    }

    /** The state alone: what timers read before they move an instance. */
    State state(Tx tx, String id) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT state FROM ec2_instance WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? State.valueOf(rs.getString(1)) : null;
        }
    }

    /** The account's instances with these ids (unknown ones left out). */
    List<Row> get(Tx tx, String account, String region, Collection<String> ids) throws SQLException {
        List<Row> out = new ArrayList<>();
        for (String id : ids) {
            Row r = get(tx, account, region, id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every instance of the account in the region. */
    List<Row> all(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM ec2_instance WHERE account = ? AND region = ?");
        Tx.bind(ps, account, region);
        return rows(ps);
    }

    /** Every running instance, of every account and region: what CloudWatch's minute measures. */
    List<Row> running(Tx tx) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM ec2_instance WHERE state = ?");
        Tx.bind(ps, State.RUNNING.name());
        return rows(ps);
    }

    /** The instances a RunInstances with this client token launched, in launch order. */
    List<Row> byClientToken(Tx tx, String account, String region, String token) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM ec2_instance WHERE account = ? AND region = ? AND client_token = ? ORDER BY launch_index");
        Tx.bind(ps, account, region, token);
        return rows(ps);
    }

    /** Records a state entered. */
    void enter(Tx tx, String id, State state, long at) throws SQLException {
        tx.update("UPDATE ec2_instance SET state = ?, state_since = ?, ever_running = CASE WHEN ? = 'RUNNING' THEN 1 ELSE ever_running END "
                + "WHERE id = ?", state.name(), at, state.name(), id);
    }

    /** Sets why the instance is in the state it is entering: StateTransitionReason and StateReason. */
    void setReasons(Tx tx, String id, String transitionReason, String reasonCode, String reasonMessage) throws SQLException {
        tx.update("UPDATE ec2_instance SET transition_reason = ?, reason_code = ?, reason_message = ? WHERE id = ?",
                transitionReason, reasonCode, reasonMessage, id);
    }

    void setPublicIp(Tx tx, String id, String ip) throws SQLException {
        tx.update("UPDATE ec2_instance SET public_ip = ? WHERE id = ?", ip, id);
    }

    void setDoc(Tx tx, String id, Doc doc) throws SQLException {
        tx.update("UPDATE ec2_instance SET doc = ? WHERE id = ?", Json.string(doc), id);
    }

    void delete(Tx tx, String id) throws SQLException {
        tx.update("DELETE FROM ec2_instance WHERE id = ?", id);
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getLong(6), State.valueOf(rs.getString(7)),
                rs.getLong(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getLong(13) == 1, rs.getString(14),
                Json.parse(rs.getString(15), Doc.class));
    }
}
