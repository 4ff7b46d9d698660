package dev.stratus.sns;

import static dev.stratus.sns.Parameters.checkArn;
import static dev.stratus.sns.Parameters.invalid;

import dev.stratus.platform.Arn;
import dev.stratus.platform.NodeCache;
import dev.stratus.platform.Paging;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.SnsRepository.Subscription;
import dev.stratus.sns.SnsRepository.Topic;
import dev.stratus.sns.api.*;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Topics: CreateTopic, DeleteTopic, ListTopics, their attributes, their Policy and their tags;
 * and the lookup every operation on a topic starts with.
 */
final class Topics {
    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Set<String> TOPIC_ATTRIBUTES = Set.of("DisplayName", "Policy", "DeliveryPolicy", "KmsMasterKeyId", "SignatureVersion",
            "TracingConfig", "ContentBasedDeduplication", "FifoTopic", "ArchivePolicy", "FifoThroughputScope", "DataProtectionPolicy");
    /** SNS's answers to tags that break the common rules (the limit's text is AWS's, as moto records it). */
    private static final TagRules TAG_RULES = new TagRules(r -> invalid("Invalid parameter: Tags Reason: " + r.reason()),
            () -> new AwsException("TagLimitExceededException", "Could not complete request: tag quota of per resource exceeded"), null);

    /** Where a node says which topic it changed, so that every node reads its policy afresh. */
    static final String CHANNEL = "sns.topics";
    /** By ARN, named by requests: a flood of names that exist nowhere must not grow it without end. */
    private static final int KEPT = 10_000;

    private final Store store;
    private final SnsRepository repo;
    /** Read on every delivery and on every request by an IAM user or role session, written rarely. */
    private final NodeCache<Optional<PolicyDocument>> policies;

    Topics(Store store, SnsRepository repo) {
        this.store = store;
        this.repo = repo;
        this.policies = new NodeCache<>(store, CHANNEL, KEPT);
    }

    /** The topic's policy as GetTopicAttributes answers it (the default one until one is set); empty when there is no such topic. */
    Optional<PolicyDocument> policy(String arn) {
        return policies.get(arn, () -> storedPolicy(arn));
    }

    private Optional<PolicyDocument> storedPolicy(String arn) {
        Topic t = store.read(tx -> repo.topic(tx, arn));
        if (t == null) {
            return Optional.empty();
        }
        String policy = t.attributes().get("Policy");
        return Optional.of(PolicyDocument.stored(policy == null || policy.isEmpty() ? defaultPolicy(t) : policy));
    }

    CreateTopicResponse createTopic(RequestContext ctx, CreateTopicInput in) {
        String name = in.name();
        boolean fifoName = name.endsWith(".fifo");
        String base = fifoName ? name.substring(0, name.length() - ".fifo".length()) : name;
        if (!TOPIC_NAME.matcher(base).matches()) {
            throw invalid("Invalid parameter: Topic Name");
        }
        Map<String, String> attributes = new LinkedHashMap<>(in.attributes() == null ? Map.of() : in.attributes());
        for (String key : attributes.keySet()) {
            if (!TOPIC_ATTRIBUTES.contains(key)) {
                throw invalid("Invalid parameter: Attributes Reason: Unknown attribute " + key);
            }
        }
        if (attributes.getOrDefault("DeliveryPolicy", "").isEmpty()) {
            attributes.remove("DeliveryPolicy");
        } else {
            DeliveryPolicy.checkTopic(attributes.get("DeliveryPolicy"), "Attributes Reason: ");
            attributes.put("DeliveryPolicy", DeliveryPolicy.storedForTopic(attributes.get("DeliveryPolicy")));
        }
        checkPolicy(attributes.get("Policy"), "Attributes Reason: ");
        boolean fifo = "true".equalsIgnoreCase(attributes.getOrDefault("FifoTopic", "false"));
        if (fifo != fifoName) {
            throw invalid("Invalid parameter: Topic Name");
        }
        Map<String, String> given = checkTags(in.tags());
        String arn = Arn.of("sns", ctx.region(), ctx.accountId(), name).toString();
        store.write(tx -> {
            Topic existing = repo.topic(tx, arn);
            if (existing != null) {
                for (var e : attributes.entrySet()) {
                    if (!e.getValue().equals(existing.attributes().get(e.getKey()))) {
                        throw invalid("Invalid parameter: Attributes Reason: Topic already exists with different attributes");
                    }
                }
                Map<String, String> tags = Tags.list(tx, arn);
                if (in.tags() != null && in.tags().stream().anyMatch(tg -> !tg.value().equals(tags.get(tg.key())))) {
                    throw invalid("Invalid parameter: Tags Reason: Topic already exists with different tags");
                }
                return null;
            }
            repo.putTopic(tx, new Topic(arn, ctx.accountId(), ctx.region(), attributes));
            Tags.put(tx, arn, given, TAG_RULES);
            policies.changed(tx, arn);
            return null;
        });
        return new CreateTopicResponse(arn);
    }

    void deleteTopic(RequestContext ctx, DeleteTopicInput in) {
        store.write(tx -> {
            repo.deleteTopic(tx, in.topicArn());
            policies.changed(tx, in.topicArn());
            return null;
        });
    }

    ListTopicsResponse listTopics(RequestContext ctx, ListTopicsInput in) {
        Paging.Listing listing = Paging.Listing.of(t -> invalid("Invalid parameter: NextToken"), "ListTopics", ctx.accountId(), ctx.region());
        String after = in.nextToken() == null ? "" : listing.position(in.nextToken());
        List<String> arns = store.read(tx -> repo.topicArns(tx, ctx.accountId(), ctx.region(), after, 101));
        List<dev.stratus.sns.api.Topic> page = arns.stream().limit(100).map(dev.stratus.sns.api.Topic::new).toList();
        return new ListTopicsResponse(page, arns.size() > 100 ? listing.token(page.getLast().topicArn()) : null);
    }

    GetTopicAttributesResponse getTopicAttributes(RequestContext ctx, GetTopicAttributesInput in) {
        return store.read(tx -> {
            Topic t = topic(tx, in.topicArn());
            List<Subscription> subs = repo.subscriptions(tx, t.arn());
            long confirmed = subs.stream().filter(Subscription::confirmed).count();
            Map<String, String> a = new LinkedHashMap<>();
            a.put("TopicArn", t.arn());
            a.put("Owner", t.account());
            a.put("DisplayName", "");
            a.put("Policy", defaultPolicy(t));
            a.put("SubscriptionsConfirmed", Long.toString(confirmed));
            a.put("SubscriptionsPending", Long.toString(subs.size() - confirmed));
            a.put("SubscriptionsDeleted", "0");
            a.put("EffectiveDeliveryPolicy", DeliveryPolicy.effectiveForTopic(t.attributes().get("DeliveryPolicy")));
            if (t.fifo()) {
                a.put("FifoTopic", "true");
                a.put("ContentBasedDeduplication", "false");
            }
            a.putAll(t.attributes());
            return new GetTopicAttributesResponse(a);
        });
    }

    void setTopicAttributes(RequestContext ctx, SetTopicAttributesInput in) {
        store.write(tx -> {
            Topic t = topic(tx, in.topicArn());
            if (!TOPIC_ATTRIBUTES.contains(in.attributeName()) || in.attributeName().equals("FifoTopic")) {
                throw invalid("Invalid parameter: AttributeName");
            }
            Map<String, String> a = new LinkedHashMap<>(t.attributes());
            String value = in.attributeValue() == null ? "" : in.attributeValue();
            if (value.isEmpty() && in.attributeName().equals("DeliveryPolicy")) {
                a.remove("DeliveryPolicy");
            } else {
                if (in.attributeName().equals("DeliveryPolicy")) {
                    DeliveryPolicy.checkTopic(value);
                    value = DeliveryPolicy.storedForTopic(value);
                }
                if (in.attributeName().equals("Policy")) {
                    checkPolicy(value, "");
                }
                a.put(in.attributeName(), value);
            }
            repo.putTopic(tx, new Topic(t.arn(), t.account(), t.region(), a));
            policies.changed(tx, t.arn());
            return null;
        });
    }

    TagResourceResponse tagResource(RequestContext ctx, TagResourceRequest in) {
        Map<String, String> given = checkTags(in.tags());
        store.write(tx -> {
            tagged(tx, in.resourceArn());
            Tags.put(tx, in.resourceArn(), given, TAG_RULES);
            return null;
        });
        return new TagResourceResponse();
    }

    UntagResourceResponse untagResource(RequestContext ctx, UntagResourceRequest in) {
        store.write(tx -> {
            tagged(tx, in.resourceArn());
            Tags.remove(tx, in.resourceArn(), in.tagKeys());
            return null;
        });
        return new UntagResourceResponse();
    }

    ListTagsForResourceResponse listTagsForResource(RequestContext ctx, ListTagsForResourceRequest in) {
        Map<String, String> tags = store.read(tx -> {
            tagged(tx, in.resourceArn());
            return Tags.list(tx, in.resourceArn());
        });
        return new ListTagsForResourceResponse(tags.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList());
    }

    /** The topic an operation names, or NotFound. */
    Topic topic(Tx tx, String arn) throws SQLException {
        return existing(tx, "TopicArn", arn, new AwsException("NotFoundException", "Topic does not exist"));
    }

    /** The topic a tagging operation names: these answer ResourceNotFound for one that does not exist, as their model declares. */
    private Topic tagged(Tx tx, String arn) throws SQLException {
        return existing(tx, "ResourceArn", arn, new AwsException("ResourceNotFoundException", "Resource does not exist"));
    }

    private Topic existing(Tx tx, String member, String arn, AwsException notFound) throws SQLException {
        checkArn(member, arn);
        Topic t = repo.topic(tx, arn);
        if (t == null) {
            throw notFound;
        }
        return t;
    }

    /** Tags given as a list, as a map: refused when a key comes twice or a tag breaks the common rules. */
    private static Map<String, String> checkTags(List<Tag> tags) {
        if (tags != null && tags.stream().map(Tag::key).distinct().count() < tags.size()) {
            throw invalid("Invalid parameter: Duplicated keys are not allowed.");
        }
        Map<String, String> map = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> map.put(t.key(), t.value()));
        }
        Tags.check(map, TAG_RULES);
        return map;
    }

    /** A topic's Policy until one is set: its owner's account may do everything to it, as AWS writes it. */
    private static String defaultPolicy(Topic t) {
        return PolicyDocument.empty("2008-10-17", "__default_policy_ID").with(PolicyDocument.Statement.allow("__default_statement_ID",
                PolicyDocument.Principal.of("AWS", "*"), List.of("SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:AddPermission",
                        "SNS:RemovePermission", "SNS:DeleteTopic", "SNS:Subscribe", "SNS:ListSubscriptionsByTopic", "SNS:Publish"),
                t.arn(), Map.of("StringEquals", Map.of("AWS:SourceOwner", t.account())))).toJson();
    }

    /** A topic's Policy given to CreateTopic or SetTopicAttributes: a document in IAM's grammar (or empty, as before), kept as given. */
    private static void checkPolicy(String policy, String reason) {
        if (policy == null || policy.isEmpty()) {
            return;
        }
        try {
            PolicyDocument.parse(policy);
        } catch (PolicyDocument.Malformed e) {
            throw invalid("Invalid parameter: " + reason + "Policy Error: " + e.getMessage());
        }
    }
}
