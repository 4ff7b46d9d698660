package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.StreamingBlob;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.CopyObjectOutput;
import dev.stratus.s3.api.CopyObjectRequest;
import dev.stratus.s3.api.AbortMultipartUploadOutput;
import dev.stratus.s3.api.AbortMultipartUploadRequest;
import dev.stratus.s3.api.CompleteMultipartUploadOutput;
import dev.stratus.s3.api.CompleteMultipartUploadRequest;
import dev.stratus.s3.api.CreateMultipartUploadOutput;
import dev.stratus.s3.api.CreateMultipartUploadRequest;
import dev.stratus.s3.api.ListMultipartUploadsOutput;
import dev.stratus.s3.api.ListMultipartUploadsRequest;
import dev.stratus.s3.api.ListPartsOutput;
import dev.stratus.s3.api.ListPartsRequest;
import dev.stratus.s3.api.UploadPartCopyOutput;
import dev.stratus.s3.api.UploadPartCopyRequest;
import dev.stratus.s3.api.UploadPartOutput;
import dev.stratus.s3.api.UploadPartRequest;
import dev.stratus.s3.api.CreateBucketOutput;
import dev.stratus.s3.api.CreateBucketRequest;
import dev.stratus.s3.api.DeleteBucketCorsRequest;
import dev.stratus.s3.api.DeleteBucketEncryptionRequest;
import dev.stratus.s3.api.DeleteBucketLifecycleRequest;
import dev.stratus.s3.api.DeleteBucketOwnershipControlsRequest;
import dev.stratus.s3.api.DeleteBucketPolicyRequest;
import dev.stratus.s3.api.DeleteBucketRequest;
import dev.stratus.s3.api.DeleteBucketTaggingRequest;
import dev.stratus.s3.api.DeleteObjectOutput;
import dev.stratus.s3.api.DeleteObjectRequest;
import dev.stratus.s3.api.DeleteObjectTaggingOutput;
import dev.stratus.s3.api.DeleteObjectTaggingRequest;
import dev.stratus.s3.api.DeleteObjectsOutput;
import dev.stratus.s3.api.DeleteObjectsRequest;
import dev.stratus.s3.api.GetBucketLocationOutput;
import dev.stratus.s3.api.GetBucketLocationRequest;
import dev.stratus.s3.api.GetBucketVersioningOutput;
import dev.stratus.s3.api.GetBucketVersioningRequest;
import dev.stratus.s3.api.GetObjectAttributesOutput;
import dev.stratus.s3.api.GetObjectAttributesRequest;
import dev.stratus.s3.api.GetObjectOutput;
import dev.stratus.s3.api.GetObjectRequest;
import dev.stratus.s3.api.GetObjectTaggingOutput;
import dev.stratus.s3.api.GetObjectTaggingRequest;
import dev.stratus.s3.api.DeletePublicAccessBlockRequest;
import dev.stratus.s3.api.GetBucketAccelerateConfigurationOutput;
import dev.stratus.s3.api.GetBucketAccelerateConfigurationRequest;
import dev.stratus.s3.api.GetBucketAclOutput;
import dev.stratus.s3.api.GetBucketAclRequest;
import dev.stratus.s3.api.GetBucketCorsOutput;
import dev.stratus.s3.api.GetBucketCorsRequest;
import dev.stratus.s3.api.GetBucketEncryptionOutput;
import dev.stratus.s3.api.GetBucketEncryptionRequest;
import dev.stratus.s3.api.GetBucketLifecycleConfigurationOutput;
import dev.stratus.s3.api.GetBucketLifecycleConfigurationRequest;
import dev.stratus.s3.api.GetBucketLoggingOutput;
import dev.stratus.s3.api.GetBucketLoggingRequest;
import dev.stratus.s3.api.GetBucketOwnershipControlsOutput;
import dev.stratus.s3.api.GetBucketOwnershipControlsRequest;
import dev.stratus.s3.api.GetBucketPolicyOutput;
import dev.stratus.s3.api.GetBucketPolicyRequest;
import dev.stratus.s3.api.GetBucketPolicyStatusOutput;
import dev.stratus.s3.api.GetBucketPolicyStatusRequest;
import dev.stratus.s3.api.GetBucketRequestPaymentOutput;
import dev.stratus.s3.api.GetBucketRequestPaymentRequest;
import dev.stratus.s3.api.GetBucketTaggingOutput;
import dev.stratus.s3.api.GetBucketTaggingRequest;
import dev.stratus.s3.api.GetBucketWebsiteOutput;
import dev.stratus.s3.api.GetBucketWebsiteRequest;
import dev.stratus.s3.api.GetObjectAclOutput;
import dev.stratus.s3.api.GetObjectAclRequest;
import dev.stratus.s3.api.GetPublicAccessBlockOutput;
import dev.stratus.s3.api.GetPublicAccessBlockRequest;
import dev.stratus.s3.api.HeadBucketOutput;
import dev.stratus.s3.api.HeadBucketRequest;
import dev.stratus.s3.api.HeadObjectOutput;
import dev.stratus.s3.api.HeadObjectRequest;
import dev.stratus.s3.api.ListBucketsOutput;
import dev.stratus.s3.api.ListBucketsRequest;
import dev.stratus.s3.api.ListObjectVersionsOutput;
import dev.stratus.s3.api.ListObjectVersionsRequest;
import dev.stratus.s3.api.ListObjectsOutput;
import dev.stratus.s3.api.ListObjectsRequest;
import dev.stratus.s3.api.ListObjectsV2Output;
import dev.stratus.s3.api.ListObjectsV2Request;
import dev.stratus.s3.api.PutBucketVersioningRequest;
import dev.stratus.s3.api.PutObjectOutput;
import dev.stratus.s3.api.PutObjectRequest;
import dev.stratus.s3.api.PutObjectTaggingOutput;
import dev.stratus.s3.api.PutObjectTaggingRequest;
import dev.stratus.s3.api.PutBucketAclRequest;
import dev.stratus.s3.api.PutBucketCorsRequest;
import dev.stratus.s3.api.PutBucketEncryptionRequest;
import dev.stratus.s3.api.PutBucketLifecycleConfigurationOutput;
import dev.stratus.s3.api.PutBucketLifecycleConfigurationRequest;
import dev.stratus.s3.api.PutBucketOwnershipControlsRequest;
import dev.stratus.s3.api.PutBucketPolicyRequest;
import dev.stratus.s3.api.PutBucketTaggingRequest;
import dev.stratus.s3.api.PutObjectAclOutput;
import dev.stratus.s3.api.PutObjectAclRequest;
import dev.stratus.s3.api.PutPublicAccessBlockRequest;
import dev.stratus.s3.api.S3Api;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Amazon S3's operations. Buckets and object versions are rows ({@link S3Repository}); object
 * bytes stream to blobs ({@link BlobStore}) before the row that names them commits, and blobs no
 * row names any more are deleted after the commit that dropped them.
 */
public final class S3Service implements S3Api {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Store store;
    private final Clock clock;
    private final BlobStore blobs;
    private final S3Repository repo;
    private final S3Events events;
    private final S3Buckets buckets;
    private final BucketNotifications notifications;

    S3Service(Store store, Clock clock, BlobStore blobs, S3Repository repo, S3Events events, S3Buckets buckets, BucketNotifications notifications) {
        this.store = store;
        this.clock = clock;
        this.blobs = blobs;
        this.repo = repo;
        this.events = events;
        this.buckets = buckets;
        this.notifications = notifications;
    }

    // ---- buckets

    @Override
    public CreateBucketOutput createBucket(RequestContext ctx, CreateBucketRequest in) {
        BucketNames.check(in.bucket());
        String constraint = in.createBucketConfiguration() == null ? null : in.createBucketConfiguration().locationConstraint();
        String region = bucketRegion(ctx, constraint);
        store.write(tx -> {
            Bucket existing = repo.bucket(tx, in.bucket());
            if (existing != null) {
                // S3 answers 200 to the owner re-creating a bucket in us-east-1, for legacy compatibility; elsewhere a 409.
                if (existing.account().equals(ctx.accountId()) && "us-east-1".equals(region) && "us-east-1".equals(existing.region())) {
                    return null;
                }
                throw existing.account().equals(ctx.accountId())
                        ? new AwsException("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.")
                                .with("BucketName", in.bucket())
                        : new AwsException("BucketAlreadyExists", "The requested bucket name is not available. The bucket namespace is shared by all "
                                + "users of the system. Please select a different name and try again.").with("BucketName", in.bucket());
            }
            ObjectNode settings = NODES.objectNode();
            if (in.objectOwnership() != null) {
                settings.set("OwnershipControls", Json.tree(Map.of("Rules", List.of(Map.of("ObjectOwnership", in.objectOwnership())))));
            }
            repo.insert(tx, new Bucket(in.bucket(), ctx.accountId(), region, clock.millis(), settings));
            return null;
        });
        return Fields.of("Location", "/" + in.bucket()).and("BucketArn", S3Arns.bucket(in.bucket()))
                .as(CreateBucketOutput.class);
    }

    /**
     * The region a new bucket is in: the request's. Outside us-east-1 the body must name it; in
     * us-east-1 it must not name another region (nor us-east-1 itself, which S3 refuses).
     */
    private static String bucketRegion(RequestContext ctx, String constraint) {
        String region = ctx.region();
        if (constraint == null || constraint.isEmpty()) {
            if (!"us-east-1".equals(region)) {
                throw new AwsException("IllegalLocationConstraintException", "The unspecified location constraint is incompatible for the region "
                        + "specific endpoint this request was sent to.");
            }
            return region;
        }
        if (!constraint.equals(region)) {
            throw "us-east-1".equals(region) && !"us-east-1".equals(constraint)
                    ? new AwsException("IllegalLocationConstraintException", "The " + constraint + " location constraint is incompatible for the region "
                            + "specific endpoint this request was sent to.")
                    : new AwsException("InvalidLocationConstraint", "The specified location-constraint is not valid").with("LocationConstraint", constraint);
        }
        return region;
    }

    @Override
    public HeadBucketOutput headBucket(RequestContext ctx, HeadBucketRequest in) {
        Bucket b = store.read(tx -> existing(tx, in.bucket()));
        return Fields.of("BucketRegion", b.region()).and("BucketArn", S3Arns.bucket(b.name())).and("AccessPointAlias", false)
                .as(HeadBucketOutput.class);
    }

    @Override
    public GetBucketLocationOutput getBucketLocation(RequestContext ctx, GetBucketLocationRequest in) {
        Bucket b = store.read(tx -> existing(tx, in.bucket()));
        // us-east-1 is the empty constraint, as S3 answers it.
        return Fields.of("LocationConstraint", "us-east-1".equals(b.region()) ? null : b.region()).as(GetBucketLocationOutput.class);
    }

    @Override
    public ListBucketsOutput listBuckets(RequestContext ctx, ListBucketsRequest in) {
        List<Bucket> all = store.read(tx -> repo.buckets(tx, ctx.accountId()));
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Bucket b : all) {
            if ((in.prefix() == null || b.name().startsWith(in.prefix())) && (in.bucketRegion() == null || in.bucketRegion().equals(b.region()))) {
                listed.add(Map.of("Name", b.name(), "CreationDate", Instant.ofEpochMilli(b.created()), "BucketRegion", b.region(),
                        "BucketArn", S3Arns.bucket(b.name())));
            }
        }
        return Fields.of("Buckets", listed).and("Owner", owner(ctx.accountId())).and("Prefix", in.prefix()).as(ListBucketsOutput.class);
    }

    @Override
    public void deleteBucket(RequestContext ctx, DeleteBucketRequest in) {
        store.write(tx -> {
            Bucket b = existing(tx, in.bucket());
            if (repo.hasObjects(tx, b.name())) {
                throw new AwsException("BucketNotEmpty", "The bucket you tried to delete is not empty", 409).with("BucketName", b.name());
            }
            // A general purpose bucket goes with its multipart uploads in progress (only a directory bucket refuses).
            List<String> parts = new Uploads().deleteAll(tx, b.name());
            tx.afterCommit(() -> blobs.delete(parts));
            repo.delete(tx, b);
            return null;
        });
    }

    // ---- objects

    @Override
    public PutObjectOutput putObject(RequestContext ctx, PutObjectRequest in) {
        Bucket target = store.read(tx -> existing(tx, in.bucket()));
        ObjectKeys.check(in.key());
        Conditions.checkWriteHeaders(in.ifNoneMatch());
        com.fasterxml.jackson.databind.node.ArrayNode tags = ObjectTags.fromHeader(in.tagging());
        Checksums.Claim claim = Checksums.claimed(in.checksumAlgorithm(), Checksums.sent(in.checksumCRC32(), in.checksumCRC32C(),
                in.checksumCRC64NVME(), in.checksumSHA1(), in.checksumSHA256()), in.body() == null ? null : in.body().declaredTrailer());
        Digests digests = new Digests(claim.algorithm());
        BlobStore.Written written = receive(in.body(), digests);
        try {
            checkContentMd5(in.contentMD5(), digests);
            if (claim.algorithm() != null) {
                Checksums.verify(claim.algorithm(), claim.value(in.body() == null ? Map.of() : in.body().trailers()), digests.checksumBytes());
            }
            // After the body is read: a client still sending it would not see an earlier answer.
            Map<String, Object> encryption = buckets.objectWritten(ctx, target, in.acl(), in.serverSideEncryption(), in.ssekmsKeyId(),
                    in.bucketKeyEnabled());
            ObjectNode meta = NODES.objectNode();
            putIfSet(meta, "ContentType", in.contentType() == null ? "binary/octet-stream" : in.contentType());
            putIfSet(meta, "ContentEncoding", withoutAwsChunked(in.contentEncoding()));
            putIfSet(meta, "ContentDisposition", in.contentDisposition());
            putIfSet(meta, "ContentLanguage", in.contentLanguage());
            putIfSet(meta, "CacheControl", in.cacheControl());
            putIfSet(meta, "Expires", in.expires());
            putIfSet(meta, "StorageClass", in.storageClass());
            if (in.metadata() != null && !in.metadata().isEmpty()) {
                meta.set("Metadata", Json.tree(in.metadata()));
            }
            ObjectTags.set(meta, tags);
            meta.setAll((ObjectNode) Json.tree(encryption));
            Checksums.store(meta, digests.algorithm(), digests.checksum(), Checksums.FULL_OBJECT);
            String etag = "\"" + digests.md5Hex() + "\"";
            ObjectVersion stored = store.write(tx -> {
                Bucket b = existing(tx, in.bucket());
                if (in.ifMatch() != null || in.ifNoneMatch() != null) {
                    Conditions.checkWrite(repo.latest(tx, b.name(), in.key()), in.ifMatch(), in.ifNoneMatch(), in.key());
                }
                ObjectVersion o = new ObjectVersion(b.name(), in.key(), newVersionId(b), true, false, written.size(), etag, clock.millis(),
                        ObjectData.of(written.id(), written.size()), meta);
                ObjectVersion replaced = repo.put(tx, o, !versioningEnabled(b));
                if (replaced != null) {
                    tx.afterCommit(() -> blobs.delete(replaced.data().blobs()));
                }
                events.objectCreated(tx, ctx, b, o, "ObjectCreated:Put");
                return o;
            });
            return Fields.of("ETag", etag).and("Size", stored.size()).and("VersionId", versionIdOf(stored))
                    .and(checksumMember(digests.algorithm()), digests.checksum()).and("ChecksumType", digests.algorithm() == null ? null : "FULL_OBJECT")
                    .andAll(encryption).as(PutObjectOutput.class);
        } catch (RuntimeException e) {
            blobs.delete(List.of(written.id()));
            throw e;
        }
    }

    @Override
    public GetObjectOutput getObject(RequestContext ctx, GetObjectRequest in) {
        ObjectVersion o = store.read(tx -> readable(tx, in.bucket(), in.key(), in.versionId()));
        Conditions.checkRead(o, in.ifMatch(), in.ifNoneMatch(), in.ifModifiedSince(), in.ifUnmodifiedSince());
        ByteRange part = ObjectOps.partRange(o, in.partNumber(), in.range());
        ByteRange range = part != null ? part : ByteRange.parse(in.range(), o.size());
        long offset = range == null ? 0 : range.first();
        long length = range == null ? o.size() : range.length();
        ObjectData data = o.data();
        return described(o).and("Body", StreamingBlob.of(length, () -> data.open(blobs, offset, length))).and("ContentLength", length)
                .and("ContentRange", range == null ? null : range.contentRange(o.size())).andAll(ObjectOps.responseOverrides(in))
                .and("PartsCount", part == null ? null : ObjectOps.partsCount(o))
                .andAll(range == null ? Checksums.shown(o.meta(), in.checksumMode()) : Map.of()).as(GetObjectOutput.class);
    }

    @Override
    public HeadObjectOutput headObject(RequestContext ctx, HeadObjectRequest in) {
        ObjectVersion o = store.read(tx -> readable(tx, in.bucket(), in.key(), in.versionId()));
        Conditions.checkRead(o, in.ifMatch(), in.ifNoneMatch(), in.ifModifiedSince(), in.ifUnmodifiedSince());
        ByteRange part = ObjectOps.partRange(o, in.partNumber(), in.range());
        return described(o).and("ContentLength", part == null ? o.size() : part.length())
                .and("ContentRange", part == null ? null : part.contentRange(o.size())).and("PartsCount", part == null ? null : ObjectOps.partsCount(o))
                .andAll(part == null ? Checksums.shown(o.meta(), in.checksumMode()) : Map.of()).as(HeadObjectOutput.class);
    }

    @Override
    public DeleteObjectOutput deleteObject(RequestContext ctx, DeleteObjectRequest in) {
        return objects().deleteObject(ctx, in);
    }

    @Override
    public ListObjectsV2Output listObjectsV2(RequestContext ctx, ListObjectsV2Request in) {
        return store.read(tx -> Listing.v2(tx, repo, existing(tx, in.bucket()), in));
    }

    // ---- objects: copies, conditions, versions, tags, attributes

    private ObjectOps objects() {
        return new ObjectOps(this, store, clock, blobs, repo, events);
    }

    @Override
    public CopyObjectOutput copyObject(RequestContext ctx, CopyObjectRequest in) {
        return objects().copy(ctx, in);
    }

    @Override
    public DeleteObjectsOutput deleteObjects(RequestContext ctx, DeleteObjectsRequest in) {
        return objects().deleteObjects(ctx, in);
    }

    @Override
    public ListObjectsOutput listObjects(RequestContext ctx, ListObjectsRequest in) {
        return store.read(tx -> ObjectListings.v1(tx, repo, existing(tx, in.bucket()), in));
    }

    @Override
    public void putBucketVersioning(RequestContext ctx, PutBucketVersioningRequest in) {
        store.write(tx -> Versions.put(tx, repo, existing(tx, in.bucket()), in.versioningConfiguration()));
    }

    @Override
    public GetBucketVersioningOutput getBucketVersioning(RequestContext ctx, GetBucketVersioningRequest in) {
        return Versions.get(store.read(tx -> existing(tx, in.bucket())));
    }

    @Override
    public ListObjectVersionsOutput listObjectVersions(RequestContext ctx, ListObjectVersionsRequest in) {
        return store.read(tx -> Versions.list(tx, repo, existing(tx, in.bucket()), in));
    }

    @Override
    public PutObjectTaggingOutput putObjectTagging(RequestContext ctx, PutObjectTaggingRequest in) {
        return objects().putTagging(in);
    }

    @Override
    public GetObjectTaggingOutput getObjectTagging(RequestContext ctx, GetObjectTaggingRequest in) {
        return objects().getTagging(in);
    }

    @Override
    public DeleteObjectTaggingOutput deleteObjectTagging(RequestContext ctx, DeleteObjectTaggingRequest in) {
        return objects().deleteTagging(in);
    }

    @Override
    public GetObjectAttributesOutput getObjectAttributes(RequestContext ctx, GetObjectAttributesRequest in) {
        return objects().attributes(in);
    }

    // ---- multipart uploads

    /** The multipart operations' logic, over this service's store, blobs and buckets. */
    private Multipart multipart() {
        return new Multipart(store, clock, blobs, repo, events, this);
    }

    @Override
    public CreateMultipartUploadOutput createMultipartUpload(RequestContext ctx, CreateMultipartUploadRequest in) {
        return multipart().create(ctx, in);
    }

    @Override
    public UploadPartOutput uploadPart(RequestContext ctx, UploadPartRequest in) {
        return multipart().uploadPart(ctx, in);
    }

    @Override
    public UploadPartCopyOutput uploadPartCopy(RequestContext ctx, UploadPartCopyRequest in) {
        return multipart().uploadPartCopy(ctx, in);
    }

    @Override
    public CompleteMultipartUploadOutput completeMultipartUpload(RequestContext ctx, CompleteMultipartUploadRequest in) {
        return multipart().complete(ctx, in);
    }

    @Override
    public AbortMultipartUploadOutput abortMultipartUpload(RequestContext ctx, AbortMultipartUploadRequest in) {
        return multipart().abort(ctx, in);
    }

    @Override
    public ListPartsOutput listParts(RequestContext ctx, ListPartsRequest in) {
        return multipart().listParts(ctx, in);
    }

    @Override
    public ListMultipartUploadsOutput listMultipartUploads(RequestContext ctx, ListMultipartUploadsRequest in) {
        return multipart().listUploads(ctx, in);
    }

    // ---- bucket settings

    @Override
    public void putBucketTagging(RequestContext ctx, PutBucketTaggingRequest in) {
        buckets.tagging().put(in);
    }

    @Override
    public GetBucketTaggingOutput getBucketTagging(RequestContext ctx, GetBucketTaggingRequest in) {
        return buckets.tagging().get(in.bucket());
    }

    @Override
    public void deleteBucketTagging(RequestContext ctx, DeleteBucketTaggingRequest in) {
        buckets.tagging().delete(in.bucket());
    }

    @Override
    public void putBucketEncryption(RequestContext ctx, PutBucketEncryptionRequest in) {
        buckets.encryption().put(ctx, in);
    }

    @Override
    public GetBucketEncryptionOutput getBucketEncryption(RequestContext ctx, GetBucketEncryptionRequest in) {
        return buckets.encryption().get(in.bucket());
    }

    @Override
    public void deleteBucketEncryption(RequestContext ctx, DeleteBucketEncryptionRequest in) {
        buckets.encryption().delete(in.bucket());
    }

    @Override
    public void putPublicAccessBlock(RequestContext ctx, PutPublicAccessBlockRequest in) {
        buckets.access().putPublicAccessBlock(in);
    }

    @Override
    public GetPublicAccessBlockOutput getPublicAccessBlock(RequestContext ctx, GetPublicAccessBlockRequest in) {
        return buckets.access().getPublicAccessBlock(in.bucket());
    }

    @Override
    public void deletePublicAccessBlock(RequestContext ctx, DeletePublicAccessBlockRequest in) {
        buckets.access().deletePublicAccessBlock(in.bucket());
    }

    @Override
    public void putBucketOwnershipControls(RequestContext ctx, PutBucketOwnershipControlsRequest in) {
        buckets.access().putOwnershipControls(in);
    }

    @Override
    public GetBucketOwnershipControlsOutput getBucketOwnershipControls(RequestContext ctx, GetBucketOwnershipControlsRequest in) {
        return buckets.access().getOwnershipControls(in.bucket());
    }

    @Override
    public void deleteBucketOwnershipControls(RequestContext ctx, DeleteBucketOwnershipControlsRequest in) {
        buckets.access().deleteOwnershipControls(in.bucket());
    }

    @Override
    public GetBucketAclOutput getBucketAcl(RequestContext ctx, GetBucketAclRequest in) {
        return buckets.access().getBucketAcl(in.bucket());
    }

    @Override
    public void putBucketAcl(RequestContext ctx, PutBucketAclRequest in) {
        buckets.access().putBucketAcl(in);
    }

    @Override
    public GetObjectAclOutput getObjectAcl(RequestContext ctx, GetObjectAclRequest in) {
        return buckets.access().getObjectAcl(in);
    }

    @Override
    public PutObjectAclOutput putObjectAcl(RequestContext ctx, PutObjectAclRequest in) {
        return buckets.access().putObjectAcl(in);
    }

    @Override
    public void putBucketCors(RequestContext ctx, PutBucketCorsRequest in) {
        buckets.cors().put(in);
    }

    @Override
    public GetBucketCorsOutput getBucketCors(RequestContext ctx, GetBucketCorsRequest in) {
        return buckets.cors().get(in.bucket());
    }

    @Override
    public void deleteBucketCors(RequestContext ctx, DeleteBucketCorsRequest in) {
        buckets.cors().delete(in.bucket());
    }

    @Override
    public PutBucketLifecycleConfigurationOutput putBucketLifecycleConfiguration(RequestContext ctx, PutBucketLifecycleConfigurationRequest in) {
        return buckets.lifecycle().put(in);
    }

    @Override
    public GetBucketLifecycleConfigurationOutput getBucketLifecycleConfiguration(RequestContext ctx, GetBucketLifecycleConfigurationRequest in) {
        return buckets.lifecycle().get(in.bucket());
    }

    @Override
    public void deleteBucketLifecycle(RequestContext ctx, DeleteBucketLifecycleRequest in) {
        buckets.lifecycle().delete(in.bucket());
    }

    @Override
    public void putBucketPolicy(RequestContext ctx, PutBucketPolicyRequest in) {
        buckets.policies().put(in);
    }

    @Override
    public GetBucketPolicyOutput getBucketPolicy(RequestContext ctx, GetBucketPolicyRequest in) {
        return buckets.policies().get(in.bucket());
    }

    @Override
    public void deleteBucketPolicy(RequestContext ctx, DeleteBucketPolicyRequest in) {
        buckets.policies().delete(in.bucket());
    }

    @Override
    public GetBucketPolicyStatusOutput getBucketPolicyStatus(RequestContext ctx, GetBucketPolicyStatusRequest in) {
        return buckets.policies().status(in.bucket());
    }

    @Override
    public GetBucketWebsiteOutput getBucketWebsite(RequestContext ctx, GetBucketWebsiteRequest in) {
        buckets.settings().noWebsite(in.bucket());
        return null;
    }

    @Override
    public GetBucketLoggingOutput getBucketLogging(RequestContext ctx, GetBucketLoggingRequest in) {
        return buckets.settings().logging(in.bucket());
    }

    @Override
    public GetBucketAccelerateConfigurationOutput getBucketAccelerateConfiguration(RequestContext ctx, GetBucketAccelerateConfigurationRequest in) {
        return buckets.settings().accelerate(in.bucket());
    }

    @Override
    public GetBucketRequestPaymentOutput getBucketRequestPayment(RequestContext ctx, GetBucketRequestPaymentRequest in) {
        return buckets.settings().requestPayment(in.bucket());
    }

    @Override
    public void putBucketNotificationConfiguration(RequestContext ctx, dev.stratus.s3.api.PutBucketNotificationConfigurationRequest in) {
        notifications.put(ctx, in);
    }

    @Override
    public dev.stratus.s3.api.NotificationConfiguration getBucketNotificationConfiguration(RequestContext ctx,
            dev.stratus.s3.api.GetBucketNotificationConfigurationRequest in) {
        return notifications.get(in.bucket());
    }

    @Override
    public void putBucketNotification(RequestContext ctx, dev.stratus.s3.api.PutBucketNotificationRequest in) {
        notifications.put(ctx, new dev.stratus.s3.api.PutBucketNotificationConfigurationRequest(in.bucket(),
                DeprecatedNotifications.current(in.notificationConfiguration()), in.expectedBucketOwner(), null));
    }

    @Override
    public dev.stratus.s3.api.NotificationConfigurationDeprecated getBucketNotification(RequestContext ctx,
            dev.stratus.s3.api.GetBucketNotificationConfigurationRequest in) {
        return DeprecatedNotifications.deprecated(notifications.get(in.bucket()));
    }

    // ---- shared

    /** The bucket, or S3's NoSuchBucket. */
    Bucket existing(dev.stratus.store.Tx tx, String name) throws java.sql.SQLException {
        Bucket b = repo.bucket(tx, name);
        if (b == null) {
            throw new AwsException("NoSuchBucket", "The specified bucket does not exist").with("BucketName", name);
        }
        return b;
    }

    /**
     * The version a GET or HEAD reads: the current one, or the one named. A current delete marker
     * is S3's 404 NoSuchKey, a named one its 405; both say x-amz-delete-marker.
     */
    ObjectVersion readable(dev.stratus.store.Tx tx, String bucket, String key, String versionId) throws java.sql.SQLException {
        existing(tx, bucket);
        Versions.checkId(versionId);
        ObjectVersion o = versionId == null ? repo.latest(tx, bucket, key) : repo.version(tx, bucket, key, versionId);
        if (o == null) {
            throw versionId == null ? new AwsException("NoSuchKey", "The specified key does not exist.").with("Key", key)
                    : new AwsException("NoSuchVersion", "The specified version does not exist.", 404).with("Key", key).with("VersionId", versionId);
        }
        if (o.deleteMarker()) {
            AwsException e = versionId == null ? new AwsException("NoSuchKey", "The specified key does not exist.").with("Key", key)
                    : new AwsException("MethodNotAllowed", "The specified method is not allowed against this resource.", 405)
                            .with("Method", "GET").with("ResourceType", "DeleteMarker").withHeader("Allow", "DELETE")
                            .withHeader("Last-Modified", Conditions.httpDate(o.modified()));
            throw e.withHeader("x-amz-delete-marker", "true").withHeader("x-amz-version-id", o.versionId());
        }
        return o;
    }

    /** What GET and HEAD say of a version besides its bytes. */
    static Fields described(ObjectVersion o) {
        Fields f = Fields.of("ETag", o.etag()).and("LastModified", Instant.ofEpochMilli(o.modified())).and("AcceptRanges", "bytes")
                .and("VersionId", versionIdOf(o)).and("TagCount", ObjectTags.count(o));
        for (String name : List.of("ContentType", "ContentEncoding", "ContentDisposition", "ContentLanguage", "CacheControl", "Expires", "StorageClass",
                "Metadata", "ServerSideEncryption", "SSEKMSKeyId", "BucketKeyEnabled")) {
            JsonNode v = o.meta().get(name);
            if (v != null) {
                f.and(name, v);
            }
        }
        return f;
    }

    /** A version id to answer with: none for the {@code null} version of a bucket never versioned. */
    static String versionIdOf(ObjectVersion o) {
        return ObjectData.NULL_VERSION.equals(o.versionId()) ? null : o.versionId();
    }

    /** Streams a request's body into a new blob; what cuts it short is the client's IncompleteBody. */
    BlobStore.Written receive(StreamingBlob body, Digests digests) {
        if (body == null) {
            body = StreamingBlob.of(new byte[0]);
        }
        try (InputStream in = body.open()) {
            BlobStore.Written w = blobs.write(in, digests);
            if (body.length() >= 0 && w.size() != body.length()) {
                blobs.delete(List.of(w.id()));
                throw incompleteBody();
            }
            return w;
        } catch (IOException e) {
            if (e.getCause() instanceof AwsException a) {
                throw a;
            }
            throw incompleteBody();
        }
    }

    private static AwsException incompleteBody() {
        return new AwsException("IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header");
    }

    static void checkContentMd5(String contentMd5, Digests digests) {
        if (contentMd5 == null) {
            return;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(contentMd5);
        } catch (IllegalArgumentException e) {
            throw new AwsException("InvalidDigest", "The Content-MD5 you specified was invalid.").with("Content-MD5", contentMd5);
        }
        if (given.length != 16) {
            throw new AwsException("InvalidDigest", "The Content-MD5 you specified was invalid.").with("Content-MD5", contentMd5);
        }
        if (!HexFormat.of().formatHex(given).equals(digests.md5Hex())) {
            throw new AwsException("BadDigest", "The Content-MD5 you specified did not match what we received.")
                    .with("ExpectedDigest", contentMd5).with("CalculatedDigest", Base64.getEncoder().encodeToString(HexFormat.of().parseHex(digests.md5Hex())));
        }
    }

    /** The output member that carries checksum {@code algorithm}: ChecksumCRC32, … */
    static String checksumMember(String algorithm) {
        return algorithm == null ? "ChecksumNone" : "Checksum" + algorithm;
    }

    /** The Content-Encoding to keep: without the aws-chunked framing, which is the upload's, not the object's. */
    private static String withoutAwsChunked(String encoding) {
        if (encoding == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String e : encoding.split(",")) {
            if (!e.strip().isEmpty() && !e.strip().equalsIgnoreCase("aws-chunked")) {
                kept.add(e.strip());
            }
        }
        return kept.isEmpty() ? null : String.join(",", kept);
    }

    static boolean versioningEnabled(Bucket b) {
        return "Enabled".equals(b.settings().path("Versioning").path("Status").asText());
    }

    /** Whether versioning was ever turned on: then a delete leaves a marker. */
    static boolean versioned(Bucket b) {
        return b.settings().path("Versioning").has("Status");
    }

    static String newVersionId(Bucket b) {
        return versioningEnabled(b) ? Versions.newId() : ObjectData.NULL_VERSION;
    }

    /** The owner S3 reports for buckets and objects: a canonical user id made from the account, without a display name (as S3 now answers). */
    static Map<String, String> owner(String account) {
        return Map.of("ID", HexFormat.of().formatHex(account.getBytes()) + "0".repeat(Math.max(0, 64 - 2 * account.length())));
    }

    private static void putIfSet(ObjectNode meta, String name, String value) {
        if (value != null) {
            meta.put(name, value);
        }
    }
}
