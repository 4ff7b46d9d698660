package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stratus.protocol.Json;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.BucketLifecycleConfiguration;
import dev.stratus.s3.api.LifecycleRule;
import dev.stratus.s3.api.LifecycleRuleFilter;
import dev.stratus.s3.api.Tag;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies lifecycle expirations once a day at 00:00 UTC, as S3 does, on a durable chain of timers
 * (one pending at a time; a restart finds it). An object expires at the first midnight after its
 * creation plus the rule's Days (or on the rule's Date); a noncurrent version at the first midnight
 * after it became noncurrent plus NoncurrentDays, the newest NewerNoncurrentVersions kept. An
 * expired current object is deleted (in a versioned bucket: hidden behind a delete marker), and
 * a delete marker left alone is removed under ExpiredObjectDeleteMarker. Each removal tells
 * {@link S3Events}, in the same transaction, without a request behind it.
 * A multipart upload in progress is aborted at the first midnight after its initiation plus a
 * rule's AbortIncompleteMultipartUpload DaysAfterInitiation, its parts' blobs deleted after the commit.
 */
final class LifecycleExpiry {
    static final String TIMER = "s3.lifecycle";
    private static final long DAY = 86_400_000L;

    private final Clock clock;
    private final Timers timers;
    private final S3Repository repo;
    private final BlobStore blobs;
    private final S3Events events;
    private final Uploads uploads = new Uploads();

    LifecycleExpiry(Clock clock, Timers timers, S3Repository repo, BlobStore blobs, S3Events events) {
        this.clock = clock;
        this.timers = timers;
        this.repo = repo;
        this.blobs = blobs;
        this.events = events;
        timers.on(TIMER, this::fire);
    }

    /** Starts the chain of days, unless a restart finds it pending. */
    void start() {
        long midnight = BucketLifecycle.nextMidnight(clock.millis() + 1);
        timers.ensureChain(TIMER, midnight, Long.toString(midnight));
    }

    private void fire(Tx tx, String payload) throws SQLException {
        long midnight = Long.parseLong(payload);
        for (Bucket b : repo.allBuckets(tx)) {
            JsonNode c = b.settings().get(BucketLifecycle.MEMBER);
            if (c != null) {
                expire(tx, b, Json.MAPPER.convertValue(c, BucketLifecycleConfiguration.class).rules(), midnight);
            }
        }
        // After a long jump of the clock, one pass for the days missed, then back on midnights.
        long next = Math.max(midnight + DAY, Math.floorDiv(clock.millis(), DAY) * DAY);
        timers.schedule(tx, TIMER, next, Long.toString(next));
    }

    /** Applies the enabled rules of one bucket as of {@code now} (a midnight). */
    void expire(Tx tx, Bucket b, List<LifecycleRule> rules, long now) throws SQLException {
        List<LifecycleRule> enabled = rules.stream().filter(r -> "Enabled".equals(r.status())).toList();
        if (enabled.isEmpty()) {
            return;
        }
        abortIncompleteUploads(tx, b, enabled, now);
        List<ObjectVersion> all = repo.everyVersion(tx, b.name());
        int from = 0;
        while (from < all.size()) {
            int to = from;
            while (to < all.size() && all.get(to).key().equals(all.get(from).key())) {
                to++;
            }
            expireKey(tx, b, enabled, all.subList(from, to), now);
            from = to;
        }
    }

    /** Aborts the bucket's uploads that a rule's AbortIncompleteMultipartUpload has made due by {@code now}. */
    private void abortIncompleteUploads(Tx tx, Bucket b, List<LifecycleRule> rules, long now) throws SQLException {
        for (LifecycleRule r : rules) {
            var abort = r.abortIncompleteMultipartUpload();
            if (abort == null || abort.daysAfterInitiation() == null) {
                continue;
            }
            String prefix = prefixOf(r);
            for (Uploads.Upload u : uploads.list(tx, b.name(), prefix, "", "", Integer.MAX_VALUE)) {
                if (!u.key().startsWith(prefix)) {
                    break;
                }
                if (BucketLifecycle.nextMidnight(u.initiated() + abort.daysAfterInitiation() * DAY) <= now) {
                    List<String> parts = uploads.delete(tx, u.id()).stream().map(Uploads.Part::blob).toList();
                    tx.afterCommit(() -> blobs.delete(parts));
                }
            }
        }
    }

    /** A rule's prefix, legacy or in its filter ("" for every key): all an AbortIncompleteMultipartUpload rule filters by, as it may have no tags. */
    private static String prefixOf(LifecycleRule r) {
        if (r.prefix() != null) {
            return r.prefix();
        }
        LifecycleRuleFilter f = r.filter();
        String prefix = f == null ? null : f.and() != null ? f.and().prefix() : f.prefix();
        return prefix == null ? "" : prefix;
    }

    /** One key's versions, the current one first (when there is one). */
    private void expireKey(Tx tx, Bucket b, List<LifecycleRule> rules, List<ObjectVersion> versions, long now) throws SQLException {
        ObjectVersion current = versions.get(0).latest() ? versions.get(0) : null;
        List<ObjectVersion> removed = new ArrayList<>();
        for (int i = current == null ? 0 : 1, noncurrent = 0; i < versions.size(); i++, noncurrent++) {
            ObjectVersion v = versions.get(i);
            long since = versions.get(i - 1 < 0 ? 0 : i - 1).modified();
            for (LifecycleRule r : rules) {
                var e = r.noncurrentVersionExpiration();
                if (e != null && e.noncurrentDays() != null && applies(r, v)
                        && (e.newerNoncurrentVersions() == null || noncurrent >= e.newerNoncurrentVersions())
                        && BucketLifecycle.nextMidnight(since + e.noncurrentDays() * DAY) <= now) {
                    remove(tx, b, v, "LifecycleExpiration:Delete");
                    removed.add(v);
                    break;
                }
            }
        }
        if (current == null) {
            return;
        }
        for (LifecycleRule r : rules) {
            var e = r.expiration();
            if (e == null || !applies(r, current)) {
                continue;
            }
            if (current.deleteMarker()) {
                if (Boolean.TRUE.equals(e.expiredObjectDeleteMarker()) && removed.size() == versions.size() - 1) {
                    remove(tx, b, current, "LifecycleExpiration:Delete");
                    return;
                }
                continue;
            }
            boolean due = e.date() != null ? e.date().toEpochMilli() <= now
                    : e.days() != null && BucketLifecycle.nextMidnight(current.modified() + e.days() * DAY) <= now;
            if (due) {
                expireCurrent(tx, b, current);
                return;
            }
        }
    }

    /** S3's delete of an expired current object: gone in an unversioned bucket, behind a new delete marker in a versioned one. */
    private void expireCurrent(Tx tx, Bucket b, ObjectVersion current) throws SQLException {
        if (!S3Service.versioned(b)) {
            remove(tx, b, current, "LifecycleExpiration:Delete");
            return;
        }
        ObjectVersion marker = new ObjectVersion(b.name(), current.key(), S3Service.newVersionId(b), true, true, 0, "", clock.millis(), ObjectData.EMPTY,
                JsonNodeFactory.instance.objectNode());
        ObjectVersion replaced = repo.put(tx, marker, !S3Service.versioningEnabled(b));
        if (replaced != null) {
            tx.afterCommit(() -> blobs.delete(replaced.data().blobs()));
        }
        events.objectRemoved(tx, null, b, marker, "LifecycleExpiration:DeleteMarkerCreated");
    }

    private void remove(Tx tx, Bucket b, ObjectVersion v, String eventName) throws SQLException {
        repo.deleteVersion(tx, v);
        tx.afterCommit(() -> blobs.delete(v.data().blobs()));
        events.objectRemoved(tx, null, b, v, eventName);
    }

    /** Whether the rule's filter (or its legacy Prefix) takes this object. */
    static boolean applies(LifecycleRule r, ObjectVersion o) {
        if (r.prefix() != null) {
            return o.key().startsWith(r.prefix());
        }
        LifecycleRuleFilter f = r.filter();
        if (f == null) {
            return true;
        }
        if (f.and() != null) {
            var and = f.and();
            return prefixed(o, and.prefix()) && sized(o, and.objectSizeGreaterThan(), and.objectSizeLessThan())
                    && (and.tags() == null || and.tags().stream().allMatch(t -> tagged(o, t)));
        }
        return prefixed(o, f.prefix()) && sized(o, f.objectSizeGreaterThan(), f.objectSizeLessThan()) && (f.tag() == null || tagged(o, f.tag()));
    }

    private static boolean prefixed(ObjectVersion o, String prefix) {
        return prefix == null || o.key().startsWith(prefix);
    }

    private static boolean sized(ObjectVersion o, Long greater, Long less) {
        return (greater == null || o.size() > greater) && (less == null || o.size() < less);
    }

    /** Object tags as the object's meta keeps them: its TagSet, by the API's names. */
    private static boolean tagged(ObjectVersion o, Tag t) {
        for (JsonNode tag : o.meta().path("TagSet")) {
            if (tag.path("Key").asText().equals(t.key()) && tag.path("Value").asText().equals(t.value() == null ? "" : t.value())) {
                return true;
            }
        }
        return false;
    }
}
