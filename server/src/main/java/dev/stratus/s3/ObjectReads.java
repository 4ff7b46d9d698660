package dev.stratus.s3;

import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.port.Objects;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.StreamingBlob;
import dev.stratus.s3.api.GetObjectOutput;
import dev.stratus.s3.api.GetObjectRequest;
import dev.stratus.s3.api.HeadBucketOutput;
import dev.stratus.s3.api.HeadBucketRequest;
import java.util.Map;

/**
 * The {@link Objects} port: another service's read of an object, made as the caller's own
 * GetObject (the same action IAM checks, the same answers for a missing bucket, key or version),
 * so whatever S3 learns about reading objects applies to it too.
 */
final class ObjectReads implements Objects {
    private final S3Service s3;
    private final AccessControl access;

    ObjectReads(S3Service s3, AccessControl access) {
        this.s3 = s3;
        this.access = access;
    }

    @Override
    public StreamingBlob open(Principal caller, String region, String bucket, String key, String versionId) {
        try {
            // S3 asks s3:GetObjectVersion of a read that names a version.
            access.check(caller, versionId == null ? "s3:GetObject" : "s3:GetObjectVersion", S3Arns.object(bucket, key), Map.of());
        } catch (AwsException denied) {
            throw new Unreadable("AccessDenied", "Access Denied");
        }
        RequestContext ctx = new RequestContext(Ids.uuid(), "s3", "GetObject", region, caller.account(), null, null, caller);
        try {
            HeadBucketOutput where = s3.headBucket(ctx, new HeadBucketRequest(bucket, null));
            if (!region.equals(where.bucketRegion())) {
                throw new Unreadable("PermanentRedirect", "The bucket is in this region: " + where.bucketRegion()
                        + ". Please use this region to retry the request");
            }
            GetObjectOutput object = s3.getObject(ctx, Fields.of("Bucket", bucket).and("Key", key).and("VersionId", versionId).as(GetObjectRequest.class));
            return object.body();
        } catch (AwsException e) {
            throw new Unreadable(e.code(), e.getMessage());
        }
    }
}
