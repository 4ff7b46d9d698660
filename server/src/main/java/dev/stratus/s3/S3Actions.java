package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for S3's operations, as the service authorization reference lists them: object
 * operations on {@code arn:aws:s3:::bucket/key}, bucket operations on {@code arn:aws:s3:::bucket},
 * under S3's action names, which are not always the operation's (HeadObject is s3:GetObject,
 * ListObjectsV2 is s3:ListBucket).
 */
final class S3Actions implements Actions {
    /** Operations whose action is not named after them. */
    private static final Map<String, String> ACTIONS = Map.of(
            "HeadObject", "s3:GetObject",
            "HeadBucket", "s3:ListBucket",
            "ListObjects", "s3:ListBucket",
            "ListObjectsV2", "s3:ListBucket",
            "ListBuckets", "s3:ListAllMyBuckets");

    /** Object operations that name a version: their action is the version's (s3:GetObjectVersion, …). */
    private static final Map<String, String> VERSION_ACTIONS = Map.of(
            "GetObject", "s3:GetObjectVersion",
            "HeadObject", "s3:GetObjectVersion",
            "DeleteObject", "s3:DeleteObjectVersion",
            "GetObjectTagging", "s3:GetObjectVersionTagging",
            "PutObjectTagging", "s3:PutObjectVersionTagging",
            "DeleteObjectTagging", "s3:DeleteObjectVersionTagging",
            "GetObjectAttributes", "s3:GetObjectVersionAttributes");

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String action = input.hasNonNull("VersionId") && VERSION_ACTIONS.containsKey(ctx.operation()) ? VERSION_ACTIONS.get(ctx.operation())
                : ACTIONS.getOrDefault(ctx.operation(), "s3:" + ctx.operation());
        String bucket = input.path("Bucket").asText(null);
        String key = input.path("Key").asText(null);
        String resource = bucket == null ? "*" : key == null ? S3Arns.bucket(bucket) : S3Arns.object(bucket, key);
        return switch (ctx.operation()) {
            case "CopyObject" -> List.of(Check.of("s3:PutObject", resource), copySourceCheck(input.path("CopySource").asText("")));
            case "DeleteObjects" -> deleteObjectsChecks(bucket, input);
            case "ListObjectVersions" -> List.of(Check.of("s3:ListBucketVersions", resource));
            default -> List.of(Check.of(action, resource));
        };
    }

    /** A copy reads its source: s3:GetObject on it (on the bucket alone when the header does not parse; the service refuses it). */
    private static Check copySourceCheck(String header) {
        try {
            CopySource from = CopySource.parse(header);
            return Check.of(from.versionId() == null ? "s3:GetObject" : "s3:GetObjectVersion", S3Arns.object(from.bucket(), from.key()));
        } catch (dev.stratus.protocol.AwsException e) {
            return Check.of("s3:GetObject", "*");
        }
    }

    /** DeleteObjects is s3:DeleteObject on each key it names. */
    private static List<Check> deleteObjectsChecks(String bucket, JsonNode input) {
        List<Check> checks = new java.util.ArrayList<>();
        for (JsonNode o : input.path("Delete").path("Objects")) {
            checks.add(Check.of(o.hasNonNull("VersionId") ? "s3:DeleteObjectVersion" : "s3:DeleteObject", S3Arns.object(bucket, o.path("Key").asText(""))));
        }
        return checks.isEmpty() ? List.of(Check.of("s3:DeleteObject", S3Arns.bucket(bucket))) : checks;
    }
}
