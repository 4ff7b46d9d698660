package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.s3.api.GetBucketLifecycleConfigurationOutput;
import dev.stratus.s3.api.LifecycleExpiration;
import dev.stratus.s3.api.LifecycleRule;
import dev.stratus.s3.api.LifecycleRuleFilter;
import dev.stratus.s3.api.PutBucketLifecycleConfigurationOutput;
import dev.stratus.s3.api.PutBucketLifecycleConfigurationRequest;
import dev.stratus.s3.api.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A bucket's lifecycle configuration, checked as S3 checks it; {@link LifecycleExpiry} applies its
 * expirations once a day. Transitions are kept and answered but not applied: Stratus has one
 * storage class.
 */
final class BucketLifecycle {
    static final String MEMBER = "LifecycleConfiguration";
    private static final String MINIMUM_SIZE = "all_storage_classes_128K";
    private static final int MAX_RULES = 1000;
    private static final long DAY = 86_400_000L;

    private final BucketSettings settings;

    BucketLifecycle(BucketSettings settings) {
        this.settings = settings;
    }

    PutBucketLifecycleConfigurationOutput put(PutBucketLifecycleConfigurationRequest in) {
        settings.bucket(in.bucket());
        if (in.lifecycleConfiguration() == null || in.lifecycleConfiguration().rules() == null || in.lifecycleConfiguration().rules().isEmpty()) {
            throw BucketSettings.malformedXml();
        }
        check(in.lifecycleConfiguration().rules());
        settings.put(in.bucket(), MEMBER, in.lifecycleConfiguration());
        return new PutBucketLifecycleConfigurationOutput(minimumSize(in.transitionDefaultMinimumObjectSize()));
    }

    GetBucketLifecycleConfigurationOutput get(String bucket) {
        JsonNode c = settings.get(bucket, MEMBER, () -> BucketSettings.notFound("NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist",
                bucket));
        return Fields.of("Rules", c.get("Rules")).and("TransitionDefaultMinimumObjectSize", MINIMUM_SIZE).as(GetBucketLifecycleConfigurationOutput.class);
    }

    void delete(String bucket) {
        settings.delete(bucket, MEMBER);
    }

    private static String minimumSize(String asked) {
        if (asked != null && !asked.equals(MINIMUM_SIZE) && !asked.equals("varies_by_storage_class")) {
            throw BucketSettings.invalidArgument("Invalid TransitionDefaultMinimumObjectSize", "x-amz-transition-default-minimum-object-size", asked);
        }
        return asked == null ? MINIMUM_SIZE : asked;
    }

    static void check(List<LifecycleRule> rules) {
        if (rules.size() > MAX_RULES) {
            throw new AwsException("InvalidRequest", "The number of lifecycle rules should not exceed allowed limit of " + MAX_RULES + " rules");
        }
        Set<String> ids = new HashSet<>();
        for (LifecycleRule r : rules) {
            if (!"Enabled".equals(r.status()) && !"Disabled".equals(r.status())) {
                throw BucketSettings.malformedXml();
            }
            if (r.id() != null && r.id().length() > 255) {
                throw BucketSettings.invalidArgument("ID length should not exceed allowed limit of 255", "ID", r.id());
            }
            if (r.id() != null && !ids.add(r.id())) {
                throw BucketSettings.invalidArgument("Rule ID must be unique. Found same ID for more than one rule", "ID", r.id());
            }
            if (r.prefix() != null && r.filter() != null) {
                throw BucketSettings.malformedXml();
            }
            boolean tagged = checkFilter(r.filter());
            if (r.expiration() == null && r.noncurrentVersionExpiration() == null && r.abortIncompleteMultipartUpload() == null
                    && (r.transitions() == null || r.transitions().isEmpty())
                    && (r.noncurrentVersionTransitions() == null || r.noncurrentVersionTransitions().isEmpty())) {
                throw new AwsException("InvalidRequest", "At least one action needs to be specified in a rule");
            }
            checkExpiration(r.expiration(), tagged);
            if (r.noncurrentVersionExpiration() != null && (r.noncurrentVersionExpiration().noncurrentDays() == null
                    || r.noncurrentVersionExpiration().noncurrentDays() <= 0)) {
                throw BucketSettings.invalidArgument("'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer",
                        "NoncurrentDays", String.valueOf(r.noncurrentVersionExpiration().noncurrentDays()));
            }
            if (r.abortIncompleteMultipartUpload() != null) {
                Integer days = r.abortIncompleteMultipartUpload().daysAfterInitiation();
                if (days == null || days <= 0) {
                    throw BucketSettings.invalidArgument("'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer",
                            "DaysAfterInitiation", String.valueOf(days));
                }
                if (tagged) {
                    throw new AwsException("InvalidRequest", "AbortIncompleteMultipartUpload cannot be specified with Tags.");
                }
            }
        }
    }

    private static void checkExpiration(LifecycleExpiration e, boolean tagged) {
        if (e == null) {
            return;
        }
        int given = (e.days() != null ? 1 : 0) + (e.date() != null ? 1 : 0) + (e.expiredObjectDeleteMarker() != null ? 1 : 0);
        if (given != 1) {
            throw BucketSettings.malformedXml();
        }
        if (e.days() != null && e.days() <= 0) {
            throw BucketSettings.invalidArgument("'Days' for Expiration action must be a positive integer", "Days", e.days().toString());
        }
        if (e.date() != null && e.date().toEpochMilli() % DAY != 0) {
            throw BucketSettings.invalidArgument("'Date' must be at midnight GMT", "Date", e.date().toString());
        }
        if (e.expiredObjectDeleteMarker() != null && tagged) {
            throw new AwsException("InvalidRequest", "ExpiredObjectDeleteMarker cannot be specified with object tags.");
        }
    }

    /** Checks a filter; whether it names tags. */
    private static boolean checkFilter(LifecycleRuleFilter f) {
        if (f == null) {
            return false;
        }
        int given = (f.prefix() != null ? 1 : 0) + (f.tag() != null ? 1 : 0) + (f.objectSizeGreaterThan() != null ? 1 : 0)
                + (f.objectSizeLessThan() != null ? 1 : 0) + (f.and() != null ? 1 : 0);
        if (given > 1) {
            throw BucketSettings.malformedXml();
        }
        if (f.tag() != null) {
            BucketTagging.check(List.of(f.tag()));
            return true;
        }
        if (f.and() != null) {
            List<Tag> tags = f.and().tags() == null ? List.of() : f.and().tags();
            Set<String> keys = new HashSet<>();
            for (Tag t : tags) {
                if (!keys.add(t.key())) {
                    throw new AwsException("InvalidRequest", "Duplicate Tag Keys are not allowed.");
                }
            }
            checkSizes(f.and().objectSizeGreaterThan(), f.and().objectSizeLessThan());
            return !tags.isEmpty();
        }
        checkSizes(f.objectSizeGreaterThan(), f.objectSizeLessThan());
        return false;
    }

    private static void checkSizes(Long greater, Long less) {
        if ((greater != null && greater < 0) || (less != null && less <= 0)) {
            throw BucketSettings.invalidArgument("ObjectSize must be a positive number", "ObjectSize", String.valueOf(greater != null ? greater : less));
        }
        if (greater != null && less != null && greater >= less) {
            throw BucketSettings.invalidArgument("ObjectSizeGreaterThan must be less than ObjectSizeLessThan", "ObjectSizeGreaterThan",
                    greater.toString());
        }
    }

    /** The midnight (UTC) on or after {@code millis}: when S3 counts a day as passed. */
    static long nextMidnight(long millis) {
        return Math.floorDiv(millis + DAY - 1, DAY) * DAY;
    }

}
