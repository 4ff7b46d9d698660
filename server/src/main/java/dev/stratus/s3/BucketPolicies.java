package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.api.GetBucketPolicyOutput;
import dev.stratus.s3.api.GetBucketPolicyStatusOutput;
import dev.stratus.s3.api.PutBucketPolicyRequest;
import dev.stratus.store.Store;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bucket policies: kept as written (GetBucketPolicy answers the text given), checked against IAM's
 * resource-policy grammar and S3's own rules (S3 actions only, resources in this bucket), and
 * handed to the identity step by ARN ({@link #policyOf}), which weighs them as it weighs SQS queue
 * and SNS topic policies: a grant to another principal, an explicit Deny that overrides.
 */
final class BucketPolicies {
    static final String MEMBER = "Policy";
    private static final String ARN_PREFIX = "arn:aws:s3:::";

    private final Store store;
    private final S3Repository repo;
    private final BucketSettings settings;

    BucketPolicies(Store store, S3Repository repo, BucketSettings settings) {
        this.store = store;
        this.repo = repo;
        this.settings = settings;
    }

    void put(PutBucketPolicyRequest in) {
        Bucket b = settings.bucket(in.bucket());
        PolicyDocument policy = parse(in.policy(), b.name());
        if (BucketAccess.blocks(b, "BlockPublicPolicy") && isPublic(policy)) {
            throw new AwsException("AccessDenied", "User is not authorized to perform: s3:PutBucketPolicy on resource: \"" + S3Arns.bucket(b.name())
                    + "\" because public policies are blocked by the BlockPublicPolicy block public access setting.", 403);
        }
        settings.put(in.bucket(), MEMBER, in.policy());
    }

    GetBucketPolicyOutput get(String bucket) {
        return new GetBucketPolicyOutput(settings.get(bucket, MEMBER, () -> noSuchPolicy(bucket)).asText());
    }

    void delete(String bucket) {
        settings.delete(bucket, MEMBER);
    }

    GetBucketPolicyStatusOutput status(String bucket) {
        PolicyDocument policy = PolicyDocument.stored(settings.get(bucket, MEMBER, () -> noSuchPolicy(bucket)).asText());
        return Fields.of("PolicyStatus", Map.of("IsPublic", isPublic(policy))).as(GetBucketPolicyStatusOutput.class);
    }

    /** The policy of the bucket an S3 ARN names ({@code arn:aws:s3:::bucket} or {@code arn:aws:s3:::bucket/key}), for the identity step. */
    Optional<PolicyDocument> policyOf(String arn) {
        if (!arn.startsWith(ARN_PREFIX)) {
            return Optional.empty();
        }
        String rest = arn.substring(ARN_PREFIX.length());
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        Bucket b = store.read(tx -> repo.bucket(tx, name));
        JsonNode text = b == null ? null : b.settings().get(MEMBER);
        return text == null ? Optional.empty() : Optional.of(PolicyDocument.stored(text.asText()));
    }

    /** A policy a client gave, or S3's MalformedPolicy. */
    static PolicyDocument parse(String text, String bucket) {
        PolicyDocument policy;
        try {
            policy = PolicyDocument.parse(text);
        } catch (PolicyDocument.Malformed e) {
            throw malformed(e.syntax() ? "Policies must be valid JSON and the first byte must be '{'" : e.getMessage());
        }
        for (ObjectNode s : policy.statements()) {
            for (String action : strings(s.has("Action") ? s.get("Action") : s.get("NotAction"))) {
                if (!action.equals("*") && !action.regionMatches(true, 0, "s3:", 0, 3)) {
                    throw malformed("Policy has invalid action");
                }
            }
            for (String resource : strings(s.has("Resource") ? s.get("Resource") : s.get("NotResource"))) {
                if (!resource.equals("*") && !inBucket(resource, bucket)) {
                    throw malformed("Policy has invalid resource");
                }
            }
        }
        return policy;
    }

    /** Whether {@code resource} (wildcards allowed) names this bucket or objects in it. */
    private static boolean inBucket(String resource, String bucket) {
        if (!resource.startsWith(ARN_PREFIX)) {
            return false;
        }
        String rest = resource.substring(ARN_PREFIX.length());
        int slash = rest.indexOf('/');
        String named = slash < 0 ? rest : rest.substring(0, slash);
        return glob(named).matcher(bucket).matches();
    }

    /** IAM's wildcards ({@code *}, {@code ?}) as a pattern. */
    static java.util.regex.Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("(?<=[*?])|(?=[*?])")) {
            regex.append(part.equals("*") ? ".*" : part.equals("?") ? "." : java.util.regex.Pattern.quote(part));
        }
        return java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.DOTALL);
    }

    /**
     * Whether the policy grants to everyone without a condition that narrows who may use it: S3's
     * test of a public policy, simplified to the unconditioned {@code "*"} principal.
     */
    static boolean isPublic(PolicyDocument policy) {
        for (ObjectNode s : policy.statements()) {
            if (!"Allow".equals(s.path("Effect").asText()) || s.has("Condition")) {
                continue;
            }
            JsonNode p = s.get("Principal");
            if (p != null && (p.isTextual() && p.asText().equals("*") || strings(p.get("AWS")).contains("*"))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(JsonNode n) {
        if (n == null) {
            return List.of();
        }
        if (n.isTextual()) {
            return List.of(n.asText());
        }
        List<String> out = new java.util.ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static AwsException malformed(String message) {
        return new AwsException("MalformedPolicy", message);
    }

    private static AwsException noSuchPolicy(String bucket) {
        return BucketSettings.notFound("NoSuchBucketPolicy", "The bucket policy does not exist", bucket);
    }
}
