package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.protocol.AwsException;
import dev.stratus.s3.api.FilterRule;
import dev.stratus.s3.api.NotificationConfiguration;
import dev.stratus.s3.api.NotificationConfigurationFilter;
import dev.stratus.s3.api.QueueConfiguration;
import dev.stratus.s3.api.S3KeyFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {
    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:q";

    static QueueConfiguration queue(String id, String prefix, String suffix, String... events) {
        List<FilterRule> rules = new java.util.ArrayList<>();
        if (prefix != null) {
            rules.add(new FilterRule("prefix", prefix));
        }
        if (suffix != null) {
            rules.add(new FilterRule("Suffix", suffix));
        }
        return new QueueConfiguration(id, QUEUE, List.of(events), rules.isEmpty() ? null : new NotificationConfigurationFilter(new S3KeyFilter(rules)));
    }

    static NotificationConfiguration of(QueueConfiguration... queues) {
        return new NotificationConfiguration(null, List.of(queues), null, null);
    }

    static AwsException refused(NotificationConfiguration c) {
        return assertThrows(AwsException.class, () -> NotificationRules.checked(c));
    }

    @Test
    void aWildcardCoversItsFamilyOnly() {
        assertTrue(NotificationRules.covers("s3:ObjectCreated:*", "s3:ObjectCreated:CompleteMultipartUpload"));
        assertTrue(NotificationRules.covers("s3:ObjectRemoved:Delete", "s3:ObjectRemoved:Delete"));
        assertFalse(NotificationRules.covers("s3:ObjectRemoved:*", "s3:LifecycleExpiration:Delete"));
        assertFalse(NotificationRules.covers("s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated"));
    }

    @Test
    void aRuleMatchesItsEventsPrefixAndSuffix() {
        NotificationRules.Rule r = NotificationRules.of(NotificationRules.checked(of(queue("r", "img/", ".png", "s3:ObjectCreated:*")))).rules().get(0);
        assertTrue(r.matches("ObjectCreated:Copy", "img/a.png"));
        assertFalse(r.matches("ObjectCreated:Copy", "img/a.jpg"));
        assertFalse(r.matches("ObjectCreated:Copy", "doc/a.png"));
        assertFalse(r.matches("ObjectRemoved:Delete", "img/a.png"));
    }

    @Test
    void savedRulesHaveIdsAndFilterNamesAsS3SpellsThem() {
        NotificationConfiguration kept = NotificationRules.checked(of(queue(null, "a/", ".txt", "s3:ObjectCreated:Put", "s3:ObjectCreated:Put")));
        QueueConfiguration q = kept.queueConfigurations().get(0);
        assertFalse(q.id().isEmpty());
        assertEquals(List.of("s3:ObjectCreated:Put"), q.events());
        assertEquals(List.of(new FilterRule("Prefix", "a/"), new FilterRule("Suffix", ".txt")), q.filter().key().filterRules());
    }

    @Test
    void overlappingRulesForOneEventAreRefusedAndDisjointOnesKept() {
        assertEquals("InvalidArgument", refused(of(queue("a", "img/", null, "s3:ObjectCreated:*"), queue("b", "img/x", null, "s3:ObjectCreated:Put")))
                .code());
        assertEquals("InvalidArgument", refused(of(queue("a", null, ".png", "s3:ObjectCreated:*"), queue("b", null, "x.png", "s3:ObjectCreated:*")))
                .code());
        NotificationRules.checked(of(queue("a", "img/", null, "s3:ObjectCreated:*"), queue("b", "img/", null, "s3:ObjectRemoved:*"),
                queue("c", "doc/", ".png", "s3:ObjectCreated:*"), queue("d", "doc/", ".jpg", "s3:ObjectCreated:*")));
    }

    @Test
    void badEventsFiltersArnsAndIdsAreRefused() {
        for (NotificationConfiguration bad : List.of(of(queue("a", null, null, "s3:ObjectCreated:Paste")), of(queue("a", null, null)),
                of(queue("a", null, null, "s3:ObjectCreated:*"), queue("a", "x", null, "s3:ObjectRemoved:*")),
                of(new QueueConfiguration("a", "arn:aws:sns:us-east-1:000000000000:t", List.of("s3:ObjectCreated:*"), null)),
                of(new QueueConfiguration("a", QUEUE, List.of("s3:ObjectCreated:*"),
                        new NotificationConfigurationFilter(new S3KeyFilter(List.of(new FilterRule("middle", "x")))))),
                of(new QueueConfiguration("a", QUEUE, List.of("s3:ObjectCreated:*"),
                        new NotificationConfigurationFilter(new S3KeyFilter(List.of(new FilterRule("prefix", "x"), new FilterRule("Prefix", "y")))))))) {
            assertEquals("InvalidArgument", refused(bad).code(), bad.toString());
        }
    }

    @Test
    void noConfigurationIsNoRules() {
        NotificationRules none = NotificationRules.of(NotificationRules.checked(null));
        assertTrue(none.rules().isEmpty());
        assertFalse(none.eventBridge());
    }
}
