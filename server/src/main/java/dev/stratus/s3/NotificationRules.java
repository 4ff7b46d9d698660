package dev.stratus.s3;

import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.s3.api.FilterRule;
import dev.stratus.s3.api.LambdaFunctionConfiguration;
import dev.stratus.s3.api.NotificationConfiguration;
import dev.stratus.s3.api.NotificationConfigurationFilter;
import dev.stratus.s3.api.QueueConfiguration;
import dev.stratus.s3.api.S3KeyFilter;
import dev.stratus.s3.api.TopicConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A bucket's notification configuration as rules: each destination with the events it asks for
 * and its key's prefix and suffix. {@link #checked} refuses what S3 refuses when the configuration
 * is saved (unknown events, odd filter rules, two rules that would both fire for the same key and
 * event) and gives each configuration without an Id the kind S3 makes.
 */
record NotificationRules(List<Rule> rules, boolean eventBridge) {

    /** Where a rule's notifications go. */
    enum Kind { QUEUE, TOPIC, FUNCTION }

    /** One configuration: {@code events} as S3 names them ({@code s3:ObjectCreated:*}); {@code prefix} and {@code suffix} empty when not filtered. */
    record Rule(Kind kind, String id, String arn, List<String> events, String prefix, String suffix) {

        /** Whether the rule fires for {@code eventName} (without the s3: prefix: {@code ObjectCreated:Put}) on {@code key}. */
        boolean matches(String eventName, String key) {
            return key.startsWith(prefix) && key.endsWith(suffix) && events.stream().anyMatch(e -> covers(e, "s3:" + eventName));
        }
    }

    static final NotificationRules NONE = new NotificationRules(List.of(), false);

    /** The events S3 notifies of; those ending in {@code *} stand for every event of their family. */
    private static final Set<String> EVENTS = Set.of("s3:ReducedRedundancyLostObject", "s3:ObjectCreated:*", "s3:ObjectCreated:Put",
            "s3:ObjectCreated:Post", "s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload", "s3:ObjectRemoved:*",
            "s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated", "s3:ObjectRestore:*", "s3:ObjectRestore:Post",
            "s3:ObjectRestore:Completed", "s3:ObjectRestore:Delete", "s3:Replication:*", "s3:Replication:OperationFailedReplication",
            "s3:Replication:OperationNotTracked", "s3:Replication:OperationMissedThreshold", "s3:Replication:OperationReplicatedAfterThreshold",
            "s3:LifecycleTransition", "s3:IntelligentTiering", "s3:ObjectAcl:Put", "s3:LifecycleExpiration:*", "s3:LifecycleExpiration:Delete",
            "s3:LifecycleExpiration:DeleteMarkerCreated", "s3:ObjectTagging:*", "s3:ObjectTagging:Put", "s3:ObjectTagging:Delete");

    /** Whether configured event {@code configured} stands for {@code event} (both with the s3: prefix). */
    static boolean covers(String configured, String event) {
        return configured.endsWith(":*") ? event.startsWith(configured.substring(0, configured.length() - 1)) : configured.equals(event);
    }

    /** Whether two configured events can name the same event. */
    private static boolean overlap(String a, String b) {
        return covers(a, b) || covers(b, a);
    }

    /** The rules of a stored configuration (one {@link #checked} made). */
    static NotificationRules of(NotificationConfiguration c) {
        if (c == null) {
            return NONE;
        }
        List<Rule> rules = new ArrayList<>();
        for (QueueConfiguration q : list(c.queueConfigurations())) {
            rules.add(rule(Kind.QUEUE, q.id(), q.queueArn(), q.events(), q.filter()));
        }
        for (TopicConfiguration t : list(c.topicConfigurations())) {
            rules.add(rule(Kind.TOPIC, t.id(), t.topicArn(), t.events(), t.filter()));
        }
        for (LambdaFunctionConfiguration f : list(c.lambdaFunctionConfigurations())) {
            rules.add(rule(Kind.FUNCTION, f.id(), f.lambdaFunctionArn(), f.events(), f.filter()));
        }
        return new NotificationRules(rules, c.eventBridgeConfiguration() != null);
    }

    /**
     * The configuration as S3 keeps it: every configuration with an Id, filter rule names spelled
     * {@code Prefix} and {@code Suffix}; or S3's InvalidArgument for what it refuses.
     */
    static NotificationConfiguration checked(NotificationConfiguration c) {
        if (c == null) {
            return new NotificationConfiguration(null, null, null, null);
        }
        List<QueueConfiguration> queues = new ArrayList<>();
        for (QueueConfiguration q : list(c.queueConfigurations())) {
            queues.add(new QueueConfiguration(id(q.id()), required(q.queueArn(), "Queue", "sqs"), events(q.events()), filter(q.filter())));
        }
        List<TopicConfiguration> topics = new ArrayList<>();
        for (TopicConfiguration t : list(c.topicConfigurations())) {
            topics.add(new TopicConfiguration(id(t.id()), required(t.topicArn(), "Topic", "sns"), events(t.events()), filter(t.filter())));
        }
        List<LambdaFunctionConfiguration> functions = new ArrayList<>();
        for (LambdaFunctionConfiguration f : list(c.lambdaFunctionConfigurations())) {
            functions.add(new LambdaFunctionConfiguration(id(f.id()), required(f.lambdaFunctionArn(), "CloudFunction", "lambda"), events(f.events()),
                    filter(f.filter())));
        }
        NotificationConfiguration kept = new NotificationConfiguration(topics.isEmpty() ? null : topics, queues.isEmpty() ? null : queues,
                functions.isEmpty() ? null : functions, c.eventBridgeConfiguration());
        checkIds(of(kept).rules());
        checkOverlaps(of(kept).rules());
        return kept;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static Rule rule(Kind kind, String id, String arn, List<String> events, NotificationConfigurationFilter filter) {
        String prefix = "";
        String suffix = "";
        if (filter != null && filter.key() != null) {
            for (FilterRule r : list(filter.key().filterRules())) {
                if ("Prefix".equals(r.name())) {
                    prefix = r.value();
                } else {
                    suffix = r.value();
                }
            }
        }
        return new Rule(kind, id, arn, events, prefix, suffix);
    }

    /** An Id as S3 makes one when none is given: the base64 of a random UUID. */
    private static String id(String given) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        return Base64.getEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The destination's ARN, which must name its service. */
    private static String required(String arn, String name, String service) {
        if (arn == null || !Arn.parse(arn).map(a -> a.service().equals(service)).orElse(false)) {
            throw invalid("The ARN is not well formed", name, String.valueOf(arn));
        }
        return arn;
    }

    private static List<String> events(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw invalid("A specified event is not supported for notifications.", "Event", "");
        }
        for (String e : events) {
            if (!EVENTS.contains(e)) {
                throw invalid("The event is not supported for notifications", "Event", e);
            }
        }
        return List.copyOf(new LinkedHashSet<>(events));
    }

    private static NotificationConfigurationFilter filter(NotificationConfigurationFilter filter) {
        if (filter == null || filter.key() == null || filter.key().filterRules() == null) {
            return filter;
        }
        List<FilterRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FilterRule r : filter.key().filterRules()) {
            String name = r.name() == null ? "" : r.name().toLowerCase(Locale.ROOT);
            if (!name.equals("prefix") && !name.equals("suffix")) {
                throw invalid("filter rule name must be either prefix or suffix", "FilterRule", String.valueOf(r.name()));
            }
            if (!seen.add(name)) {
                throw invalid("Cannot specify more than one " + name + " rule in a filter.", "FilterRule", name);
            }
            if (r.value() == null || r.value().length() > 1024) {
                throw invalid("The filter rule value is not valid", "FilterRule", String.valueOf(r.value()));
            }
            rules.add(new FilterRule(name.equals("prefix") ? "Prefix" : "Suffix", r.value()));
        }
        return new NotificationConfigurationFilter(new S3KeyFilter(rules));
    }

    private static void checkIds(List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw invalid("Configurations with the same id are not allowed", "Id", r.id());
            }
        }
    }

    /** S3 refuses two rules that would both fire for one key and event: their events, prefixes and suffixes all overlap. */
    private static void checkOverlaps(List<Rule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                Rule a = rules.get(i);
                Rule b = rules.get(j);
                boolean prefixes = a.prefix().startsWith(b.prefix()) || b.prefix().startsWith(a.prefix());
                boolean suffixes = a.suffix().endsWith(b.suffix()) || b.suffix().endsWith(a.suffix());
                if (prefixes && suffixes && a.events().stream().anyMatch(x -> b.events().stream().anyMatch(y -> overlap(x, y)))) {
                    throw invalid("Configuration is ambiguously defined. Cannot have overlapping suffixes in two rules if the prefixes are "
                            + "overlapping for the same event type.", "Event", a.events().get(0));
                }
            }
        }
    }

    private static AwsException invalid(String message, String name, String value) {
        return new AwsException("InvalidArgument", message).with("ArgumentName", name).with("ArgumentValue", value);
    }
}
