package dev.stratus.s3;

import dev.stratus.platform.port.Keys;
import dev.stratus.protocol.RequestContext;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.util.Map;

/** A bucket's settings, each configuration in its own part; {@link S3Service} delegates its bucket-settings operations here. */
record S3Buckets(BucketSettings settings, BucketTagging tagging, BucketAccess access, BucketPolicies policies, BucketEncryption encryption,
                 BucketCors cors, BucketLifecycle lifecycle, LifecycleExpiry expiry) {

    static S3Buckets of(Store store, Clock clock, Timers timers, S3Repository repo, BlobStore blobs, S3Events events, Keys keys) {
        BucketSettings settings = new BucketSettings(store, repo);
        return new S3Buckets(settings, new BucketTagging(settings), new BucketAccess(store, repo, settings), new BucketPolicies(store, repo, settings),
                new BucketEncryption(settings, keys), new BucketCors(store, repo, settings), new BucketLifecycle(settings),
                new LifecycleExpiry(clock, timers, repo, blobs, events));
    }

    /**
     * What the bucket's settings make of a new object, before it is stored: its canned ACL is
     * refused where ACLs are disabled, and its encryption is decided (the members to keep in its
     * meta and to answer).
     */
    Map<String, Object> objectWritten(RequestContext ctx, Bucket b, String acl, String sse, String kmsKeyId, Boolean bucketKey) {
        BucketAccess.checkObjectAcl(b, acl);
        return encryption.objectEncryption(ctx, b, sse, kmsKeyId, bucketKey);
    }
}
