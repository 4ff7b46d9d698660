package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.port.Keys;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.api.GetBucketEncryptionOutput;
import dev.stratus.s3.api.PutBucketEncryptionRequest;
import dev.stratus.s3.api.ServerSideEncryptionByDefault;
import dev.stratus.s3.api.ServerSideEncryptionRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Default encryption. Every bucket has one, as S3 now applies SSE-S3 (AES256) to every bucket that
 * names none; a bucket may name SSE-KMS with its key instead. Each object records how it was
 * encrypted (ServerSideEncryption, SSEKMSKeyId, BucketKeyEnabled in its meta), which GET and HEAD
 * answer. The bytes themselves are kept as they are: the encryption is the metadata S3 reports and
 * the KMS key it checks, not a cipher Stratus applies.
 */
final class BucketEncryption {
    static final String MEMBER = "ServerSideEncryptionConfiguration";
    private static final String KMS = "aws:kms";
    private static final Set<String> ALGORITHMS = Set.of("AES256", KMS, "aws:kms:dsse");
    /** What S3 answers for a bucket whose encryption was never set, or was deleted. */
    private static final Map<String, Object> DEFAULT = Map.of("Rules", List.of(Map.of("ApplyServerSideEncryptionByDefault",
            Map.of("SSEAlgorithm", "AES256"), "BucketKeyEnabled", false)));

    private final BucketSettings settings;
    private final Keys keys;

    BucketEncryption(BucketSettings settings, Keys keys) {
        this.settings = settings;
        this.keys = keys;
    }

    void put(RequestContext ctx, PutBucketEncryptionRequest in) {
        Bucket b = settings.bucket(in.bucket());
        if (in.serverSideEncryptionConfiguration() == null || in.serverSideEncryptionConfiguration().rules() == null
                || in.serverSideEncryptionConfiguration().rules().isEmpty()) {
            throw BucketSettings.malformedXml();
        }
        for (ServerSideEncryptionRule rule : in.serverSideEncryptionConfiguration().rules()) {
            ServerSideEncryptionByDefault d = rule.applyServerSideEncryptionByDefault();
            if (d == null || d.sseAlgorithm() == null) {
                throw BucketSettings.malformedXml();
            }
            if (!ALGORITHMS.contains(d.sseAlgorithm())) {
                throw BucketSettings.malformedXml();
            }
            if (d.kmsMasterKeyID() != null && !d.sseAlgorithm().startsWith(KMS)) {
                throw BucketSettings.invalidArgument("a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse",
                        "ApplyServerSideEncryptionByDefault", null);
            }
            if (d.kmsMasterKeyID() != null) {
                usableKey(ctx, b, d.kmsMasterKeyID());
            }
        }
        settings.put(in.bucket(), MEMBER, in.serverSideEncryptionConfiguration());
    }

    GetBucketEncryptionOutput get(String bucket) {
        JsonNode c = settings.find(bucket, MEMBER);
        return Fields.of(MEMBER, c == null ? Json.tree(DEFAULT) : c).as(GetBucketEncryptionOutput.class);
    }

    void delete(String bucket) {
        settings.delete(bucket, MEMBER);
    }

    /**
     * How a new object is encrypted: as its PutObject asks (x-amz-server-side-encryption and its
     * key), else by the bucket's default; the members to keep in its meta and to answer.
     */
    Map<String, Object> objectEncryption(RequestContext ctx, Bucket b, String asked, String askedKey, Boolean askedBucketKey) {
        if (asked != null && !ALGORITHMS.contains(asked)) {
            throw BucketSettings.invalidArgument("The encryption method specified is not supported", "x-amz-server-side-encryption", asked);
        }
        if (askedKey != null && (asked == null || !asked.startsWith(KMS))) {
            throw BucketSettings.invalidArgument("Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption "
                    + ": aws:kms", "x-amz-server-side-encryption-aws-kms-key-id", askedKey);
        }
        JsonNode rule = b.settings().path(MEMBER).path("Rules").path(0);
        JsonNode byDefault = rule.path("ApplyServerSideEncryptionByDefault");
        String algorithm = asked != null ? asked : byDefault.path("SSEAlgorithm").asText("AES256");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ServerSideEncryption", algorithm);
        if (algorithm.startsWith(KMS)) {
            String key = askedKey != null ? askedKey : asked == null || asked.equals(byDefault.path("SSEAlgorithm").asText())
                    ? byDefault.path("KMSMasterKeyID").asText(null) : null;
            out.put("SSEKMSKeyId", usableKey(ctx, b, key == null ? keys.defaultKeyArn(b.account(), b.region(), "alias/aws/s3") : key));
            boolean bucketKey = askedBucketKey != null ? askedBucketKey : rule.path("BucketKeyEnabled").asBoolean(false);
            if (bucketKey) {
                out.put("BucketKeyEnabled", true);
            }
        }
        return out;
    }

    /**
     * The ARN of a KMS key the caller may use for S3, as S3 asks KMS for a data key under it; KMS's
     * refusals are answered as S3 answers them (KMS.NotFoundException, KMS.DisabledException, …).
     */
    private String usableKey(RequestContext ctx, Bucket b, String keyId) {
        try {
            return keys.generateDataKey(ctx.principal(), b.account(), b.region(), keyId, Map.of("aws:s3:arn", S3Arns.bucket(b.name())), "s3")
                    .keyArn();
        } catch (AwsException e) {
            throw new AwsException(e.code().startsWith("KMS.") ? e.code() : "KMS." + e.code(), e.getMessage(), e.status() == 403 ? 403 : 400);
        }
    }
}
