package dev.stratus.sqs;

import dev.stratus.platform.Arn;
import java.util.Map;

/**
 * A queue as stored: identity, the attributes set on it (string values, as the API speaks
 * them; defaults are applied on read by {@link QueueAttributes}) and timestamps. Its tags are the
 * platform's ({@link dev.stratus.platform.Tags}).
 */
public record Queue(
        long id,
        String account,
        String region,
        String name,
        Map<String, String> attributes,
        long createdAt,
        long modifiedAt,
        long lastPurgeAt) {

    public boolean fifo() {
        return name.endsWith(".fifo");
    }

    public String arn() {
        return Arn.of("sqs", region, account, name).toString();
    }

    public String url(String host) {
        return "http://" + host + "/" + account + "/" + name;
    }

    /** Messages sent at or before this instant have outlived the queue's retention period. */
    public long retainedSince(long now) {
        return now - intAttribute("MessageRetentionPeriod") * 1000L;
    }

    public int intAttribute(String name) {
        return Integer.parseInt(QueueAttributes.value(this, name));
    }

    public boolean boolAttribute(String name) {
        return Boolean.parseBoolean(QueueAttributes.value(this, name));
    }

    public Queue withAttributes(Map<String, String> attributes, long now) {
        return new Queue(id, account, region, this.name, attributes, createdAt, now, lastPurgeAt);
    }

    public Queue withLastPurgeAt(long at) {
        return new Queue(id, account, region, name, attributes, createdAt, modifiedAt, at);
    }
}
