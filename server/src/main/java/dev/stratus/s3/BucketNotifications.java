package dev.stratus.s3;

import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.s3.NotificationRules.Rule;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.api.NotificationConfiguration;
import dev.stratus.s3.api.PutBucketNotificationConfigurationRequest;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * PutBucketNotificationConfiguration and its Get: the configuration is checked as S3 checks it
 * ({@link NotificationRules}), each destination must exist and let {@code s3.amazonaws.com}
 * deliver there for the bucket ({@link Destinations}, unless the caller skips that), and each
 * queue and topic it names is sent S3's {@code s3:TestEvent} with the save.
 */
final class BucketNotifications {
    /** The bucket setting the configuration is kept under, by the API's name. */
    static final String SETTING = "NotificationConfiguration";

    /**
     * Whether S3 may deliver to a destination: null when it may, else why not, as S3 says it
     * (the queue does not exist, its policy does not allow S3, …).
     */
    @FunctionalInterface
    interface Destinations {
        String refusal(Bucket bucket, Rule rule);
    }

    private final Store store;
    private final Clock clock;
    private final S3Repository repo;
    private final Jobs jobs;
    private final Destinations destinations;

    BucketNotifications(Store store, Clock clock, S3Repository repo, Jobs jobs, Destinations destinations) {
        this.store = store;
        this.clock = clock;
        this.repo = repo;
        this.jobs = jobs;
        this.destinations = destinations;
    }

    void put(RequestContext ctx, PutBucketNotificationConfigurationRequest in) {
        NotificationConfiguration kept = NotificationRules.checked(in.notificationConfiguration());
        NotificationRules rules = NotificationRules.of(kept);
        store.write(tx -> {
            Bucket b = existing(repo.bucket(tx, in.bucket()), in.bucket());
            if (!Boolean.TRUE.equals(in.skipDestinationValidation())) {
                validate(b, rules);
            }
            b.settings().set(SETTING, Json.tree(kept));
            repo.saveSettings(tx, b);
            String test = EventRecords.testEvent(b.name(), ctx.requestId(), clock.millis());
            Set<String> tested = new LinkedHashSet<>();
            for (Rule r : rules.rules()) {
                if (r.kind() != NotificationRules.Kind.FUNCTION && tested.add(r.arn())) {
                    jobs.owe(tx, Notifier.delivery(b, r.kind(), r.arn(), test));
                }
            }
            return null;
        });
    }

    NotificationConfiguration get(String bucket) {
        Bucket b = existing(store.read(tx -> repo.bucket(tx, bucket)), bucket);
        return b.settings().has(SETTING) ? Json.read(b.settings().get(SETTING), NotificationConfiguration.class)
                : new NotificationConfiguration(null, null, null, null);
    }

    private static Bucket existing(Bucket b, String name) {
        if (b == null) {
            throw new AwsException("NoSuchBucket", "The specified bucket does not exist").with("BucketName", name);
        }
        return b;
    }

    /** S3's InvalidArgument naming each destination it may not deliver to, numbered as S3 numbers them. */
    private void validate(Bucket b, NotificationRules rules) {
        Map<String, String> refused = new LinkedHashMap<>();
        for (Rule r : rules.rules()) {
            String why = destinations.refusal(b, r);
            if (why != null) {
                refused.putIfAbsent(r.arn(), why);
            }
        }
        if (refused.isEmpty()) {
            return;
        }
        AwsException e = new AwsException("InvalidArgument", "Unable to validate the following destination configurations");
        int n = 0;
        for (Map.Entry<String, String> r : refused.entrySet()) {
            n++;
            e.with("ArgumentName" + n, r.getKey()).with("ArgumentValue" + n, r.getValue());
        }
        throw e;
    }
}
