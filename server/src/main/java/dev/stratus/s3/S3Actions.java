package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for S3's operations, as the service authorization reference lists them: object
 * operations on {@code arn:aws:s3:::bucket/key}, bucket operations on {@code arn:aws:s3:::bucket},
 * under S3's action names, which are often not the operation's (HeadObject is s3:GetObject,
 * ListObjectsV2 is s3:ListBucket, DeleteBucketCors is s3:PutBucketCORS). An operation on one
 * version of an object asks the action's Version form (GetObject with a VersionId is
 * s3:GetObjectVersion); a copy asks s3:PutObject on its target and s3:GetObject on its source.
 */
final class S3Actions implements Actions {
    /** Operations whose action is not named after them. */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("HeadObject", "s3:GetObject"),
            Map.entry("HeadBucket", "s3:ListBucket"),
            Map.entry("ListObjects", "s3:ListBucket"),
            Map.entry("ListObjectsV2", "s3:ListBucket"),
            Map.entry("ListObjectVersions", "s3:ListBucketVersions"),
            Map.entry("ListMultipartUploads", "s3:ListBucketMultipartUploads"),
            Map.entry("ListBuckets", "s3:ListAllMyBuckets"),
            Map.entry("DeleteBucketTagging", "s3:PutBucketTagging"),
            Map.entry("GetBucketEncryption", "s3:GetEncryptionConfiguration"),
            Map.entry("PutBucketEncryption", "s3:PutEncryptionConfiguration"),
            Map.entry("DeleteBucketEncryption", "s3:PutEncryptionConfiguration"),
            Map.entry("GetPublicAccessBlock", "s3:GetBucketPublicAccessBlock"),
            Map.entry("PutPublicAccessBlock", "s3:PutBucketPublicAccessBlock"),
            Map.entry("DeletePublicAccessBlock", "s3:PutBucketPublicAccessBlock"),
            Map.entry("DeleteBucketOwnershipControls", "s3:PutBucketOwnershipControls"),
            Map.entry("GetBucketCors", "s3:GetBucketCORS"),
            Map.entry("PutBucketCors", "s3:PutBucketCORS"),
            Map.entry("DeleteBucketCors", "s3:PutBucketCORS"),
            Map.entry("GetBucketLifecycle", "s3:GetLifecycleConfiguration"),
            Map.entry("GetBucketLifecycleConfiguration", "s3:GetLifecycleConfiguration"),
            Map.entry("PutBucketLifecycle", "s3:PutLifecycleConfiguration"),
            Map.entry("PutBucketLifecycleConfiguration", "s3:PutLifecycleConfiguration"),
            Map.entry("DeleteBucketLifecycle", "s3:PutLifecycleConfiguration"),
            Map.entry("GetBucketAccelerateConfiguration", "s3:GetAccelerateConfiguration"),
            Map.entry("PutBucketAccelerateConfiguration", "s3:PutAccelerateConfiguration"),
            Map.entry("GetBucketNotificationConfiguration", "s3:GetBucketNotification"),
            Map.entry("PutBucketNotificationConfiguration", "s3:PutBucketNotification"),
            Map.entry("CreateMultipartUpload", "s3:PutObject"),
            Map.entry("UploadPart", "s3:PutObject"),
            Map.entry("UploadPartCopy", "s3:PutObject"),
            Map.entry("CompleteMultipartUpload", "s3:PutObject"),
            Map.entry("CopyObject", "s3:PutObject"),
            Map.entry("ListParts", "s3:ListMultipartUploadParts"),
            Map.entry("DeleteObjects", "s3:DeleteObject"));

    /** Actions with a form for one named version of an object. */
    private static final Map<String, String> VERSION_ACTIONS = Map.of(
            "s3:GetObject", "s3:GetObjectVersion",
            "s3:DeleteObject", "s3:DeleteObjectVersion",
            "s3:GetObjectAcl", "s3:GetObjectVersionAcl",
            "s3:PutObjectAcl", "s3:PutObjectVersionAcl",
            "s3:GetObjectTagging", "s3:GetObjectVersionTagging",
            "s3:PutObjectTagging", "s3:PutObjectVersionTagging",
            "s3:DeleteObjectTagging", "s3:DeleteObjectVersionTagging",
            "s3:GetObjectAttributes", "s3:GetObjectVersionAttributes");

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String action = action(ctx.operation(), input.path("VersionId").asText(null));
        String bucket = input.path("Bucket").asText(null);
        if (bucket == null) {
            return List.of(Check.of(action, "*"));
        }
        List<Check> checks = new ArrayList<>(2);
        if (ctx.operation().equals("DeleteObjects")) {
            for (JsonNode o : input.path("Delete").path("Objects")) {
                checks.add(Check.of(action(ctx.operation(), o.path("VersionId").asText(null)), S3Arns.object(bucket, o.path("Key").asText())));
            }
            return checks.isEmpty() ? List.of(Check.of(action, S3Arns.bucket(bucket))) : checks;
        }
        String key = input.path("Key").asText(null);
        String prefix = input.path("Prefix").asText(null);
        Map<String, List<String>> context = prefix == null ? Map.of() : Map.of("s3:prefix", List.of(prefix));
        checks.add(new Check(action, key == null ? S3Arns.bucket(bucket) : S3Arns.object(bucket, key), context));
        String source = input.path("CopySource").asText(null);
        if (source != null) {
            checks.add(copySource(source));
        }
        return checks;
    }

    private static String action(String operation, String versionId) {
        String action = ACTIONS.getOrDefault(operation, "s3:" + operation);
        return versionId == null ? action : VERSION_ACTIONS.getOrDefault(action, action);
    }

    /** s3:GetObject (or s3:GetObjectVersion) on the object a copy reads; on no object when the header does not parse (the service refuses it). */
    private static Check copySource(String header) {
        try {
            CopySource from = CopySource.parse(header);
            return Check.of(from.versionId() == null ? "s3:GetObject" : "s3:GetObjectVersion", S3Arns.object(from.bucket(), from.key()));
        } catch (dev.stratus.protocol.AwsException e) {
            return Check.of("s3:GetObject", "*");
        }
    }
}
