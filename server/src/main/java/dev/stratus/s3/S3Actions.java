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

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String action = ACTIONS.getOrDefault(ctx.operation(), Multipart.ACTIONS.getOrDefault(ctx.operation(), "s3:" + ctx.operation()));
        String bucket = input.path("Bucket").asText(null);
        String key = input.path("Key").asText(null);
        String resource = bucket == null ? "*" : key == null ? S3Arns.bucket(bucket) : S3Arns.object(bucket, key);
        return List.of(Check.of(action, resource));
    }
}
