package dev.stratus.sns;

import static dev.stratus.sns.Parameters.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import dev.stratus.sns.SnsRepository.Subscription;
import dev.stratus.sns.SnsRepository.Topic;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;

/** The local outbox where email subscriptions' messages are kept, as there is no mail server; {@code /_stratus/sns/emails} reads it. */
final class EmailOutbox {
    private final Store store;
    private final SnsRepository repo;
    private final Notifications notifications;

    EmailOutbox(Store store, SnsRepository repo, Notifications notifications) {
        this.store = store;
        this.repo = repo;
        this.notifications = notifications;
    }

    /** Keeps an email in the local outbox, in the transaction that owes it. */
    void email(Tx tx, Topic t, Subscription s, String type, String messageId, String subject, String body, String link) throws SQLException {
        ObjectNode e = Json.MAPPER.createObjectNode();
        String name = t.attributes().getOrDefault("DisplayName", "");
        e.put("From", (name.isEmpty() ? "AWS Notifications" : name) + " <no-reply@sns.amazonaws.com>");
        e.put("To", s.endpoint());
        e.put("Subject", subject);
        e.put("Body", body);
        e.put("Type", type);
        e.put("MessageId", messageId);
        e.put("TopicArn", t.arn());
        e.put("SubscriptionArn", s.arn());
        e.put(type.equals("SubscriptionConfirmation") ? "SubscribeURL" : "UnsubscribeURL", link);
        e.put("Timestamp", notifications.timestamp());
        repo.putEmail(tx, s.endpoint(), Json.string(e));
    }

    /** The emails SNS has "sent", oldest first, for one address or all: what {@code GET /_stratus/sns/emails} answers. */
    List<JsonNode> emails(String address) {
        return store.read(tx -> repo.emails(tx, address)).stream().map(e -> parse(e.email())).toList();
    }

    /** Empties the email outbox, for one address or all; answers how many were removed. */
    int clearEmails(String address) {
        return store.write(tx -> repo.deleteEmails(tx, address));
    }
}
