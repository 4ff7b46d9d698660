package dev.stratus.sns;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SNS's tables — topics, subscriptions, the local email outbox, FIFO topics' recent deduplication
 * ids — and every statement on them; tags are the platform's ({@link Tags}).
 */
final class SnsRepository {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE sns_topic (
              arn TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              attributes TEXT NOT NULL);
            CREATE TABLE sns_subscription (
              arn TEXT PRIMARY KEY,
              topic_arn TEXT NOT NULL,
              protocol TEXT NOT NULL,
              endpoint TEXT NOT NULL,
              attributes TEXT NOT NULL);
            CREATE INDEX sns_subscription_topic ON sns_subscription (topic_arn);
            CREATE TABLE sns_tag (
              arn TEXT NOT NULL,
              tag_key TEXT NOT NULL,
              tag_value TEXT NOT NULL,
              PRIMARY KEY (arn, tag_key))
            """, """
            ALTER TABLE sns_subscription ADD COLUMN confirmed BIGINT NOT NULL DEFAULT 1;
            ALTER TABLE sns_subscription ADD COLUMN token TEXT;
            ALTER TABLE sns_subscription ADD COLUMN token_expires BIGINT NOT NULL DEFAULT 0;
            CREATE INDEX sns_subscription_token ON sns_subscription (token);
            CREATE TABLE sns_email (
              id ${ID},
              address TEXT NOT NULL,
              email TEXT NOT NULL)
            """, """
            CREATE TABLE sns_deduplication (
              topic_arn TEXT NOT NULL,
              deduplication_id TEXT NOT NULL,
              message_id TEXT NOT NULL,
              sequence_number TEXT NOT NULL,
              expires_at BIGINT NOT NULL,
              PRIMARY KEY (topic_arn, deduplication_id));
            CREATE INDEX sns_deduplication_expires ON sns_deduplication (expires_at)
            """, """
            INSERT INTO resource_tag (arn, tag_key, tag_value) SELECT arn, tag_key, tag_value FROM sns_tag;
            DROP TABLE sns_tag;
            """);
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    record Topic(String arn, String account, String region, Map<String, String> attributes) {
        boolean fifo() {
            return arn.endsWith(".fifo");
        }
    }

    /**
     * A subscription; one that awaits confirmation (http/s, email) is not {@code confirmed} and is
     * confirmed with {@code token} until {@code tokenExpires} (epoch ms).
     */
    record Subscription(String arn, String topicArn, String protocol, String endpoint, Map<String, String> attributes, boolean confirmed,
                        String token, long tokenExpires) {
        Subscription withAttributes(Map<String, String> a) {
            return new Subscription(arn, topicArn, protocol, endpoint, a, confirmed, token, tokenExpires);
        }
    }

    /** An email in the local outbox: the address it is for, and the message as JSON. */
    record Email(long id, String address, String email) {
    }

    /** What an earlier publish of a deduplication id was answered with. */
    record FirstPublish(String messageId, String sequenceNumber) {
    }

    Topic topic(Tx tx, String arn) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT account, region, attributes FROM sns_topic WHERE arn = ?");
        ps.setString(1, arn);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Topic(arn, rs.getString(1), rs.getString(2), map(rs.getString(3))) : null;
        }
    }

    List<String> topicArns(Tx tx, String account, String region, String after, int limit) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT arn FROM sns_topic WHERE account = ? AND region = ? AND arn > ? ORDER BY arn LIMIT ?");
        Tx.bind(ps, account, region, after, limit);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    void putTopic(Tx tx, Topic t) throws SQLException {
        tx.update("INSERT INTO sns_topic (arn, account, region, attributes) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (arn) DO UPDATE SET attributes = excluded.attributes", t.arn(), t.account(), t.region(), Json.string(t.attributes()));
    }

    void deleteTopic(Tx tx, String arn) throws SQLException {
        for (Subscription s : subscriptions(tx, arn)) {
            Tags.deleteAll(tx, s.arn());
        }
        tx.update("DELETE FROM sns_subscription WHERE topic_arn = ?", arn);
        tx.update("DELETE FROM sns_topic WHERE arn = ?", arn);
        Tags.deleteAll(tx, arn);
    }

    private static final String COLUMNS = "s.arn, s.topic_arn, s.protocol, s.endpoint, s.attributes, s.confirmed, s.token, s.token_expires";

    Subscription subscription(Tx tx, String arn) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM sns_subscription s WHERE arn = ?");
        ps.setString(1, arn);
        List<Subscription> found = subscriptions(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The subscription a confirmation token was issued for, or null. */
    Subscription subscriptionByToken(Tx tx, String token) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM sns_subscription s WHERE token = ?");
        ps.setString(1, token);
        List<Subscription> found = subscriptions(ps);
        return found.isEmpty() ? null : found.getFirst();
    }

    List<Subscription> subscriptions(Tx tx, String topicArn) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM sns_subscription s WHERE topic_arn = ? ORDER BY arn");
        ps.setString(1, topicArn);
        return subscriptions(ps);
    }

    /** Subscriptions of the topics of an account and region, by ARN. */
    List<Subscription> allSubscriptions(Tx tx, String account, String region) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT " + COLUMNS + " FROM sns_subscription s "
                + "JOIN sns_topic t ON t.arn = s.topic_arn WHERE t.account = ? AND t.region = ? ORDER BY s.arn");
        Tx.bind(ps, account, region);
        return subscriptions(ps);
    }

    private static List<Subscription> subscriptions(PreparedStatement ps) throws SQLException {
        List<Subscription> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Subscription(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), map(rs.getString(5)), rs.getLong(6) == 1,
                        rs.getString(7), rs.getLong(8)));
            }
        }
        return out;
    }

    void putSubscription(Tx tx, Subscription s) throws SQLException {
        tx.update("INSERT INTO sns_subscription (arn, topic_arn, protocol, endpoint, attributes, confirmed, token, token_expires) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (arn) DO UPDATE SET attributes = excluded.attributes, confirmed = excluded.confirmed, "
                + "token = excluded.token, token_expires = excluded.token_expires", s.arn(), s.topicArn(), s.protocol(), s.endpoint(),
                Json.string(s.attributes()), s.confirmed() ? 1 : 0, s.token(), s.tokenExpires());
    }

    boolean deleteSubscription(Tx tx, String arn) throws SQLException {
        Tags.deleteAll(tx, arn);
        return tx.update("DELETE FROM sns_subscription WHERE arn = ?", arn) > 0;
    }

    /**
     * Takes the deduplication id for this publish until {@code expiresAt}, unless an earlier publish holds it
     * still (its time not yet past {@code now}): then returns what that one was answered with. One conditional
     * upsert rather than a look then a write, so that of two concurrent publishes only one takes it.
     */
    FirstPublish deduplicate(Tx tx, String topicArn, String deduplicationId, String messageId, String sequenceNumber, long now, long expiresAt)
            throws SQLException {
        int taken = tx.update("INSERT INTO sns_deduplication (topic_arn, deduplication_id, message_id, sequence_number, expires_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (topic_arn, deduplication_id) DO UPDATE SET message_id = excluded.message_id, "
                + "sequence_number = excluded.sequence_number, expires_at = excluded.expires_at WHERE sns_deduplication.expires_at < ?",
                topicArn, deduplicationId, messageId, sequenceNumber, expiresAt, now);
        if (taken > 0) {
            return null;
        }
        PreparedStatement ps = tx.sql("SELECT message_id, sequence_number FROM sns_deduplication WHERE topic_arn = ? AND deduplication_id = ?");
        Tx.bind(ps, topicArn, deduplicationId);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new FirstPublish(rs.getString(1), rs.getString(2));
        }
    }

    /** Forgets the deduplication ids whose time ran out before {@code now}. */
    void deleteExpiredDeduplications(Tx tx, long now) throws SQLException {
        tx.update("DELETE FROM sns_deduplication WHERE expires_at < ?", now);
    }

    void putEmail(Tx tx, String address, String email) throws SQLException {
        tx.update("INSERT INTO sns_email (address, email) VALUES (?, ?)", address, email);
    }

    /** The emails in the outbox, oldest first; for {@code address} alone unless it is null. */
    List<Email> emails(Tx tx, String address) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT id, address, email FROM sns_email WHERE address = ? OR ? ORDER BY id");
        Tx.bind(ps, address == null ? "" : address, address == null);
        List<Email> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Email(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    int deleteEmails(Tx tx, String address) throws SQLException {
        return tx.update("DELETE FROM sns_email WHERE address = ? OR ?", address == null ? "" : address, address == null);
    }

    private static Map<String, String> map(String json) {
        try {
            return Json.MAPPER.readValue(json, MAP);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
