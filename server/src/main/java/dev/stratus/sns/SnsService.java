package dev.stratus.sns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.Tags;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Metrics;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.api.*;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Amazon SNS: standard and FIFO topics; subscriptions of SQS queues, Lambda functions, HTTP/S
 * endpoints and email addresses, with filter policies (matched by AWS's event-ruler) on message
 * attributes or the body and raw delivery; Publish / PublishBatch, whose deliveries are owed as
 * jobs in the transaction that accepts the message. HTTP/S and email subscriptions await
 * confirmation, as in AWS. Email is not sent: it is kept in a local outbox that
 * {@code /_stratus/sns/emails} reads. SMS, mobile push and Firehose are refused; other operations
 * answer 501.
 *
 * <p>Each operation is handed to the part of SNS it belongs to: {@link Topics} (topics, their
 * attributes, policies and tags), {@link Subscriptions} (subscribing, confirming, subscription
 * attributes) and {@link Publishing} (messages and their fan-out); what subscribers receive is
 * written by {@link Notifications}, emails kept by {@link EmailOutbox}.
 */
public final class SnsService implements SnsApi {
    private final Topics topics;
    private final Subscriptions subscriptions;
    private final Publishing publishing;
    private final EmailOutbox outbox;

    public SnsService(Store store, Clock clock, Timers timers, Jobs jobs, Supplier<String> endpoint, Metrics metrics) {
        Tags.migrate(store);
        store.migrate("sns", SnsRepository.MIGRATIONS);
        SnsRepository repo = new SnsRepository();
        Notifications notifications = new Notifications(clock, endpoint);
        this.topics = new Topics(store, repo);
        this.outbox = new EmailOutbox(store, repo, notifications);
        this.subscriptions = new Subscriptions(store, clock, jobs, endpoint, repo, topics, notifications, outbox);
        SnsMetrics published = new SnsMetrics(metrics, clock);
        jobs.watchDeliveries("sns", published::deliveryAttempted);
        this.publishing = new Publishing(store, clock, timers, jobs, repo, topics, notifications, outbox, published);
    }

    /** The policy of the topic with this ARN, for IAM: the one GetTopicAttributes answers. */
    public Optional<PolicyDocument> topicPolicy(String arn) {
        return topics.policy(arn);
    }

    // Topics

    @Override
    public CreateTopicResponse createTopic(RequestContext ctx, CreateTopicInput in) {
        return topics.createTopic(ctx, in);
    }

    @Override
    public void deleteTopic(RequestContext ctx, DeleteTopicInput in) {
        topics.deleteTopic(ctx, in);
    }

    @Override
    public ListTopicsResponse listTopics(RequestContext ctx, ListTopicsInput in) {
        return topics.listTopics(ctx, in);
    }

    @Override
    public GetTopicAttributesResponse getTopicAttributes(RequestContext ctx, GetTopicAttributesInput in) {
        return topics.getTopicAttributes(ctx, in);
    }

    @Override
    public void setTopicAttributes(RequestContext ctx, SetTopicAttributesInput in) {
        topics.setTopicAttributes(ctx, in);
    }

    @Override
    public TagResourceResponse tagResource(RequestContext ctx, TagResourceRequest in) {
        return topics.tagResource(ctx, in);
    }

    @Override
    public UntagResourceResponse untagResource(RequestContext ctx, UntagResourceRequest in) {
        return topics.untagResource(ctx, in);
    }

    @Override
    public ListTagsForResourceResponse listTagsForResource(RequestContext ctx, ListTagsForResourceRequest in) {
        return topics.listTagsForResource(ctx, in);
    }

    // Subscriptions

    @Override
    public SubscribeResponse subscribe(RequestContext ctx, SubscribeInput in) {
        return subscriptions.subscribe(ctx, in);
    }

    @Override
    public ConfirmSubscriptionResponse confirmSubscription(RequestContext ctx, ConfirmSubscriptionInput in) {
        return subscriptions.confirmSubscription(ctx, in);
    }

    @Override
    public void unsubscribe(RequestContext ctx, UnsubscribeInput in) {
        subscriptions.unsubscribe(ctx, in);
    }

    @Override
    public ListSubscriptionsResponse listSubscriptions(RequestContext ctx, ListSubscriptionsInput in) {
        return subscriptions.listSubscriptions(ctx, in);
    }

    @Override
    public ListSubscriptionsByTopicResponse listSubscriptionsByTopic(RequestContext ctx, ListSubscriptionsByTopicInput in) {
        return subscriptions.listSubscriptionsByTopic(ctx, in);
    }

    @Override
    public GetSubscriptionAttributesResponse getSubscriptionAttributes(RequestContext ctx, GetSubscriptionAttributesInput in) {
        return subscriptions.getSubscriptionAttributes(ctx, in);
    }

    @Override
    public void setSubscriptionAttributes(RequestContext ctx, SetSubscriptionAttributesInput in) {
        subscriptions.setSubscriptionAttributes(ctx, in);
    }

    // Publishing

    @Override
    public PublishResponse publish(RequestContext ctx, PublishInput in) {
        return publishing.publish(ctx, in);
    }

    @Override
    public PublishBatchResponse publishBatch(RequestContext ctx, PublishBatchInput in) {
        return publishing.publishBatch(ctx, in);
    }

    // The local email outbox

    /** The emails SNS has "sent", oldest first, for one address or all: what {@code GET /_stratus/sns/emails} answers. */
    public List<JsonNode> emails(String address) {
        return outbox.emails(address);
    }

    /** Empties the email outbox, for one address or all; answers how many were removed. */
    public int clearEmails(String address) {
        return outbox.clearEmails(address);
    }
}
