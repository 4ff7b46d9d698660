package dev.stratus.sqs;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SQS's tables and every statement that touches them. */
final class SqsRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE sqs_queue (
              id ${ID},
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              name TEXT NOT NULL,
              attributes TEXT NOT NULL,
              tags TEXT NOT NULL,
              created_at BIGINT NOT NULL,
              modified_at BIGINT NOT NULL,
              last_purge_at BIGINT NOT NULL DEFAULT 0,
              UNIQUE (account, region, name));
            CREATE TABLE sqs_message (
              seq ${ID},
              queue_id BIGINT NOT NULL,
              message_id TEXT NOT NULL,
              body TEXT NOT NULL,
              md5_body TEXT NOT NULL,
              attributes TEXT,
              md5_attributes TEXT,
              trace_header TEXT,
              md5_system TEXT,
              sender_id TEXT NOT NULL,
              sent_at BIGINT NOT NULL,
              visible_at BIGINT NOT NULL,
              receive_count BIGINT NOT NULL DEFAULT 0,
              first_received_at BIGINT NOT NULL DEFAULT 0,
              received_at BIGINT NOT NULL DEFAULT 0,
              receipt TEXT,
              group_id TEXT,
              dedup_id TEXT,
              dlq_source_arn TEXT);
            CREATE INDEX sqs_message_visible ON sqs_message (queue_id, visible_at, seq);
            CREATE TABLE sqs_dedup (
              queue_id BIGINT NOT NULL,
              dedup_key TEXT NOT NULL,
              message_id TEXT NOT NULL,
              sequence_number TEXT,
              expires_at BIGINT NOT NULL,
              PRIMARY KEY (queue_id, dedup_key));
            CREATE TABLE sqs_move_task (
              id TEXT PRIMARY KEY,
              source_arn TEXT NOT NULL,
              destination_arn TEXT,
              max_per_second BIGINT,
              status TEXT NOT NULL,
              to_move BIGINT NOT NULL,
              moved BIGINT NOT NULL DEFAULT 0,
              failure_reason TEXT,
              started_at BIGINT NOT NULL);
            """, """
            CREATE TABLE sqs_receive_attempt (
              queue_id BIGINT NOT NULL,
              attempt_id TEXT NOT NULL,
              receipts TEXT NOT NULL,
              expires_at BIGINT NOT NULL,
              PRIMARY KEY (queue_id, attempt_id));
            """, """
            INSERT INTO resource_tag (arn, tag_key, tag_value)
              SELECT 'arn:aws:sqs:' || q.region || ':' || q.account || ':' || q.name, j.key, COALESCE(j.value, '') FROM sqs_queue q, ${JSON_EACH(q.tags)} j;
            ALTER TABLE sqs_queue DROP COLUMN tags;
            """);

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final String MESSAGE_COLUMNS = "seq, queue_id, message_id, body, md5_body, attributes, md5_attributes, trace_header, "
            + "md5_system, sender_id, sent_at, visible_at, receive_count, first_received_at, received_at, receipt, group_id, dedup_id, "
            + "dlq_source_arn";

    // Queues

    private static final String SELECT_QUEUES = "SELECT id, account, region, name, attributes, created_at, modified_at, last_purge_at FROM sqs_queue";

    List<Queue> allQueues(Tx tx) throws SQLException {
        return queues(tx.sql(SELECT_QUEUES));
    }

    /** The queue with this id, or null. */
    Queue queue(Tx tx, long id) throws SQLException {
        PreparedStatement ps = tx.sql(SELECT_QUEUES + " WHERE id = ?");
        Tx.bind(ps, id);
        List<Queue> found = queues(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The queue with this name in this account and region, or null. */
    Queue queue(Tx tx, String account, String region, String name) throws SQLException {
        PreparedStatement ps = tx.sql(SELECT_QUEUES + " WHERE account = ? AND region = ? AND name = ?");
        Tx.bind(ps, account, region, name);
        List<Queue> found = queues(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static List<Queue> queues(PreparedStatement ps) throws SQLException {
        List<Queue> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Queue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), map(rs.getString(5)),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8)));
            }
        }
        return out;
    }

    long insertQueue(Tx tx, Queue q) throws SQLException {
        PreparedStatement ps = tx.sql("INSERT INTO sqs_queue (account, region, name, attributes, created_at, modified_at) "
                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
        Tx.bind(ps, q.account(), q.region(), q.name(), Json.string(q.attributes()), q.createdAt(), q.modifiedAt());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Stores the queue's changes; false when the queue is gone. */
    boolean updateQueue(Tx tx, Queue q) throws SQLException {
        return tx.update("UPDATE sqs_queue SET attributes = ?, modified_at = ?, last_purge_at = ? WHERE id = ?",
                Json.string(q.attributes()), q.modifiedAt(), q.lastPurgeAt(), q.id()) == 1;
    }

    void deleteQueue(Tx tx, Queue q) throws SQLException {
        tx.update("DELETE FROM sqs_message WHERE queue_id = ?", q.id());
        tx.update("DELETE FROM sqs_dedup WHERE queue_id = ?", q.id());
        tx.update("DELETE FROM sqs_receive_attempt WHERE queue_id = ?", q.id());
        tx.update("DELETE FROM sqs_move_task WHERE source_arn = ?", q.arn());
        tx.update("DELETE FROM sqs_queue WHERE id = ?", q.id());
        Tags.deleteAll(tx, q.arn());
    }

    private static Map<String, String> map(String json) {
        try {
            return Json.MAPPER.readValue(json, STRING_MAP);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("corrupt map in store: " + json, e);
        }
    }

    // Messages

    long insertMessage(Tx tx, StoredMessage m) throws SQLException {
        PreparedStatement ps = tx.sql("INSERT INTO sqs_message (queue_id, message_id, body, md5_body, attributes, md5_attributes, "
                + "trace_header, md5_system, sender_id, sent_at, visible_at, group_id, dedup_id, dlq_source_arn) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq");
        Tx.bind(ps, m.queueId(), m.messageId(), m.body(), m.md5OfBody(), m.attributesJson(), m.md5OfAttributes(), m.traceHeader(),
                m.md5OfSystemAttributes(), m.senderId(), m.sentAt(), m.visibleAt(), m.groupId(), m.deduplicationId(),
                m.deadLetterSourceArn());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /*
     * Retention: a message sent at or before `retainedSince` (now less the queue's current
     * MessageRetentionPeriod) has expired, so a change of the period applies to the messages
     * already in the queue, as in AWS. The sweep deletes expired rows; queries never show them.
     */

    /**
     * Visible, unexpired messages in the order they became visible, oldest first; {@code skipLocked}
     * (the store's {@code skipLocked()}) passes over those another receiver is taking.
     */
    List<StoredMessage> visible(Tx tx, long queueId, long now, long retainedSince, int limit, String skipLocked) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + MESSAGE_COLUMNS + " FROM sqs_message "
                + "WHERE queue_id = ? AND visible_at <= ? AND sent_at > ? ORDER BY visible_at, seq LIMIT ?" + skipLocked);
        Tx.bind(ps, queueId, now, retainedSince, limit);
        return messages(ps);
    }

    /**
     * For FIFO queues: visible messages in send order, leaving out every group that has a
     * message in flight (a group is locked while any of its messages is). Its receivers take turns
     * ({@link #lockForFifoReceive}), so what {@code skipLocked} passes over is only what another
     * transaction is deleting or moving.
     */
    List<StoredMessage> visibleFifo(Tx tx, long queueId, long now, long retainedSince, int limit, String skipLocked) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + MESSAGE_COLUMNS + " FROM sqs_message "
                + "WHERE queue_id = ? AND visible_at <= ? AND sent_at > ? AND group_id NOT IN ("
                + "  SELECT group_id FROM sqs_message WHERE queue_id = ? AND visible_at > ? AND receive_count > 0) "
                + "ORDER BY seq LIMIT ?" + skipLocked);
        Tx.bind(ps, queueId, now, retainedSince, queueId, now, limit);
        return messages(ps);
    }

    /**
     * On a store shared by nodes, a FIFO queue's receivers take turns: each then sees the groups the
     * one before it took in flight, and no two take messages of one group side by side (with rows
     * skipped, the second would take a group's later messages before its first). It holds the
     * queue's row until the receive commits; a store with one writer needs no such turn.
     */
    void lockForFifoReceive(Tx tx, long queueId) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT id FROM sqs_queue WHERE id = ? FOR UPDATE");
        ps.setLong(1, queueId);
        ps.executeQuery().close();
    }

    StoredMessage message(Tx tx, long seq) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + MESSAGE_COLUMNS + " FROM sqs_message WHERE seq = ?");
        ps.setLong(1, seq);
        List<StoredMessage> l = messages(ps);
        return l.isEmpty() ? null : l.get(0);
    }

    void markReceived(Tx tx, long seq, long now, long visibleAt, String receipt, long firstReceivedAt) throws SQLException {
        tx.update("UPDATE sqs_message SET receive_count = receive_count + 1, received_at = ?, visible_at = ?, receipt = ?, "
                + "first_received_at = ? WHERE seq = ?", now, visibleAt, receipt, firstReceivedAt, seq);
    }

    void moveTo(Tx tx, long seq, long queueId, String sourceArn, long visibleAt) throws SQLException {
        tx.update("UPDATE sqs_message SET queue_id = ?, dlq_source_arn = ?, visible_at = ?, receipt = NULL WHERE seq = ?",
                queueId, sourceArn, visibleAt, seq);
    }

    /** Back from a dead-letter queue by a message move task: to be received afresh in its new queue. */
    void redriveTo(Tx tx, long seq, long queueId, long visibleAt) throws SQLException {
        tx.update("UPDATE sqs_message SET queue_id = ?, dlq_source_arn = NULL, visible_at = ?, receipt = NULL, "
                + "receive_count = 0, first_received_at = 0 WHERE seq = ?", queueId, visibleAt, seq);
    }

    void delete(Tx tx, long seq, long queueId, String receipt) throws SQLException {
        tx.update("DELETE FROM sqs_message WHERE seq = ? AND queue_id = ? AND receipt = ?", seq, queueId, receipt);
    }

    /** FIFO queues apply a new DelaySeconds to the messages they hold that were never received. */
    void redelay(Tx tx, long queueId, long delayMillis) throws SQLException {
        tx.update("UPDATE sqs_message SET visible_at = sent_at + ? WHERE queue_id = ? AND receive_count = 0", delayMillis, queueId);
    }

    /**
     * Moves the visibility of a message still in flight under {@code receipt}: the condition holds
     * against a receiver that took the message afresh after it was read.
     */
    void setVisibleAt(Tx tx, long seq, String receipt, long visibleAt) throws SQLException {
        tx.update("UPDATE sqs_message SET visible_at = ? WHERE seq = ? AND receipt = ?", visibleAt, seq, receipt);
    }

    /** Removes every message and, as AWS does, the FIFO deduplication history. */
    int purge(Tx tx, long queueId) throws SQLException {
        tx.update("DELETE FROM sqs_dedup WHERE queue_id = ?", queueId);
        return tx.update("DELETE FROM sqs_message WHERE queue_id = ?", queueId);
    }

    /** Forgets deduplication ids and receive attempts whose five minutes are over. */
    void deleteExpiredRecords(Tx tx, long now) throws SQLException {
        tx.update("DELETE FROM sqs_dedup WHERE expires_at <= ?", now);
        tx.update("DELETE FROM sqs_receive_attempt WHERE expires_at <= ?", now);
    }

    void deleteExpiredMessages(Tx tx, long queueId, long retainedSince) throws SQLException {
        tx.update("DELETE FROM sqs_message WHERE queue_id = ? AND sent_at <= ?", queueId, retainedSince);
    }

    /** [visible, in flight, delayed] counts of unexpired messages. */
    long[] counts(Tx tx, long queueId, long now, long retainedSince) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT "
                + "SUM(CASE WHEN visible_at <= ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN visible_at > ? AND receive_count > 0 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN visible_at > ? AND receive_count = 0 THEN 1 ELSE 0 END) "
                + "FROM sqs_message WHERE queue_id = ? AND sent_at > ?");
        Tx.bind(ps, now, now, now, queueId, retainedSince);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    /** A queue's messages visible, in flight and delayed, and when its oldest was sent (0: it has none). */
    record Depth(long visible, long inFlight, long delayed, long oldestSentAt) {
        static final Depth EMPTY = new Depth(0, 0, 0, 0);
    }

    /** Every queue's depth that has a message, by queue id, in one pass (expired messages count until the sweep removes them). */
    Map<Long, Depth> depths(Tx tx, long now) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT queue_id, "
                + "SUM(CASE WHEN visible_at <= ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN visible_at > ? AND receive_count > 0 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN visible_at > ? AND receive_count = 0 THEN 1 ELSE 0 END), "
                + "MIN(sent_at) FROM sqs_message GROUP BY queue_id");
        Tx.bind(ps, now, now, now);
        Map<Long, Depth> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), new Depth(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            }
        }
        return out;
    }

    /** When the next not-yet-visible message of the queue becomes visible, or Long.MAX_VALUE. */
    long nextVisibleAt(Tx tx, long queueId, long now) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT MIN(visible_at) FROM sqs_message WHERE queue_id = ? AND visible_at > ?");
        Tx.bind(ps, queueId, now);
        try (ResultSet rs = ps.executeQuery()) {
            long v = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() || v == 0 ? Long.MAX_VALUE : v;
        }
    }

    /** Up to {@code limit} messages of a dead-letter queue, oldest first, for a move task. */
    List<StoredMessage> oldest(Tx tx, long queueId, long now, long retainedSince, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + MESSAGE_COLUMNS + " FROM sqs_message WHERE queue_id = ? AND sent_at > ? "
                + "AND visible_at <= ? ORDER BY seq LIMIT ?");
        Tx.bind(ps, queueId, retainedSince, now, limit);
        return messages(ps);
    }

    private static List<StoredMessage> messages(PreparedStatement ps) throws SQLException {
        List<StoredMessage> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(11),
                        rs.getLong(12), rs.getInt(13), rs.getLong(14), rs.getLong(15), rs.getString(16), rs.getString(17),
                        rs.getString(18), rs.getString(19)));
            }
        }
        return out;
    }

    // Deduplication (FIFO): the first message sent with a key in the last five minutes.

    record Deduplicated(String messageId, String sequenceNumber) {
    }

    Deduplicated deduplicated(Tx tx, long queueId, String key, long now) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT message_id, sequence_number FROM sqs_dedup WHERE queue_id = ? AND dedup_key = ? AND expires_at > ?");
        Tx.bind(ps, queueId, key, now);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Deduplicated(rs.getString(1), rs.getString(2)) : null;
        }
    }

    void remember(Tx tx, long queueId, String key, String messageId, String sequenceNumber, long expiresAt) throws SQLException {
        tx.update("INSERT INTO sqs_dedup (queue_id, dedup_key, message_id, sequence_number, expires_at) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (queue_id, dedup_key) DO UPDATE SET message_id = excluded.message_id, "
                + "sequence_number = excluded.sequence_number, expires_at = excluded.expires_at",
                queueId, key, messageId, sequenceNumber, expiresAt);
    }

    // FIFO receive attempts: the receipts a ReceiveRequestAttemptId was answered with.

    /** The receipt handles (encoded) an attempt was answered with, or null. */
    String receiveAttempt(Tx tx, long queueId, String attemptId, long now) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT receipts FROM sqs_receive_attempt WHERE queue_id = ? AND attempt_id = ? AND expires_at > ?");
        Tx.bind(ps, queueId, attemptId, now);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void rememberReceiveAttempt(Tx tx, long queueId, String attemptId, String receipts, long expiresAt) throws SQLException {
        tx.update("INSERT INTO sqs_receive_attempt (queue_id, attempt_id, receipts, expires_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (queue_id, attempt_id) DO UPDATE SET receipts = excluded.receipts, expires_at = excluded.expires_at",
                queueId, attemptId, receipts, expiresAt);
    }

    // Message move tasks

    void insertMoveTask(Tx tx, MoveTask t) throws SQLException {
        PreparedStatement ps = tx.sql("INSERT INTO sqs_move_task (id, source_arn, destination_arn, max_per_second, status, to_move, "
                + "moved, failure_reason, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Tx.bind(ps, t.id(), t.sourceArn(), t.destinationArn(), null, t.status(), t.toMove(), t.moved(), t.failureReason(), t.startedAt());
        if (t.maxPerSecond() == null) {
            ps.setNull(4, Types.BIGINT);
        } else {
            ps.setInt(4, t.maxPerSecond());
        }
        ps.executeUpdate();
    }

    void updateMoveTask(Tx tx, String id, String status, long moved, String failureReason) throws SQLException {
        tx.update("UPDATE sqs_move_task SET status = ?, moved = ?, failure_reason = ? WHERE id = ?", status, moved, failureReason, id);
    }

    MoveTask moveTask(Tx tx, String id) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT id, source_arn, destination_arn, max_per_second, status, to_move, moved, failure_reason, "
                + "started_at FROM sqs_move_task WHERE id = ?");
        ps.setString(1, id);
        List<MoveTask> l = moveTasks(ps);
        return l.isEmpty() ? null : l.get(0);
    }

    List<MoveTask> moveTasks(Tx tx, String sourceArn, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT id, source_arn, destination_arn, max_per_second, status, to_move, moved, failure_reason, "
                + "started_at FROM sqs_move_task WHERE source_arn = ? ORDER BY started_at DESC, id DESC LIMIT ?");
        Tx.bind(ps, sourceArn, limit);
        return moveTasks(ps);
    }

    private static List<MoveTask> moveTasks(PreparedStatement ps) throws SQLException {
        List<MoveTask> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int max = rs.getInt(4);
                Integer maxPerSecond = rs.wasNull() ? null : max;
                out.add(new MoveTask(rs.getString(1), rs.getString(2), rs.getString(3), maxPerSecond, rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getLong(9)));
            }
        }
        return out;
    }
}
