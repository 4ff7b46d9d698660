package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stratus.platform.identity.Actions.Check;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.LifecycleRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure rules of bucket settings: CORS wildcards, policy grammar, lifecycle filters and midnights, and IAM's actions for S3. */
class BucketRulesTest {

    @Test
    void aCorsPatternHasOneWildcardMatchedWhole() {
        assertTrue(BucketCors.matches("http://*.example.com", "http://www.example.com"));
        assertTrue(BucketCors.matches("*", "https://anything"));
        assertFalse(BucketCors.matches("http://*.example.com", "http://example.com"));
        assertFalse(BucketCors.matches("http://a.example", "http://a.example.evil"));
    }

    @Test
    void aPolicyNamesOnlyS3ActionsOnItsOwnBucket() {
        String ok = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::photos/*\"}]}";
        assertTrue(BucketPolicies.isPublic(BucketPolicies.parse(ok, "photos")));
        assertEquals("Policy has invalid resource", assertThrows(AwsException.class, () -> BucketPolicies.parse(ok, "other")).getMessage());
        assertEquals("Policy has invalid action", assertThrows(AwsException.class,
                () -> BucketPolicies.parse(ok.replace("s3:GetObject", "sqs:SendMessage"), "photos")).getMessage());
        assertEquals("MalformedPolicy", assertThrows(AwsException.class, () -> BucketPolicies.parse("[]", "photos")).code());
        assertFalse(BucketPolicies.isPublic(BucketPolicies.parse(ok.replace("\"Principal\":\"*\"",
                "\"Principal\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"000000000000\"}}"), "photos")));
    }

    @Test
    void daysRunOutAtTheFollowingMidnight() {
        long created = Instant.parse("2026-01-01T10:30:00Z").toEpochMilli();
        assertEquals(Instant.parse("2026-01-03T00:00:00Z").toEpochMilli(), BucketLifecycle.nextMidnight(created + 86_400_000L));
        long midnight = Instant.parse("2026-01-03T00:00:00Z").toEpochMilli();
        assertEquals(midnight, BucketLifecycle.nextMidnight(midnight));
    }

    @Test
    void aLifecycleFilterTakesPrefixTagsAndSizesTogether() {
        LifecycleRule rule = Json.MAPPER.convertValue(Json.parse("{\"Status\":\"Enabled\",\"Filter\":{\"And\":{\"Prefix\":\"logs/\",\"Tags\":"
                + "[{\"Key\":\"t\",\"Value\":\"1\"}],\"ObjectSizeGreaterThan\":2}},\"Expiration\":{\"Days\":1}}"), LifecycleRule.class);
        assertTrue(LifecycleExpiry.applies(rule, object("logs/a", 3, "[{\"Key\":\"t\",\"Value\":\"1\"}]")));
        assertFalse(LifecycleExpiry.applies(rule, object("logs/a", 2, "[{\"Key\":\"t\",\"Value\":\"1\"}]")));
        assertFalse(LifecycleExpiry.applies(rule, object("logs/a", 3, "[]")));
        assertFalse(LifecycleExpiry.applies(rule, object("tmp/a", 3, "[{\"Key\":\"t\",\"Value\":\"1\"}]")));
    }

    @Test
    void aLifecycleRuleNeedsAnActionAndPositiveDaysAtMidnight() {
        assertEquals("InvalidRequest", assertThrows(AwsException.class, () -> BucketLifecycle.check(List.of(rule("{\"Status\":\"Enabled\"}"))))
                .code());
        assertEquals("InvalidArgument", assertThrows(AwsException.class, () -> BucketLifecycle.check(List.of(rule(
                "{\"Status\":\"Enabled\",\"Expiration\":{\"Date\":\"2030-01-01T01:00:00Z\"}}")))).code());
        BucketLifecycle.check(List.of(rule("{\"Status\":\"Disabled\",\"Expiration\":{\"Date\":\"2030-01-01T00:00:00Z\"}}")));
    }

    @Test
    void s3sOperationsAskS3sActionsOnBucketOrObject() {
        assertEquals(List.of(Check.of("s3:GetObjectVersion", "arn:aws:s3:::b/k")), checks("GetObject", Map.of("Bucket", "b", "Key", "k",
                "VersionId", "v")));
        assertEquals("s3:ListBucket", checks("ListObjectsV2", Map.of("Bucket", "b")).getFirst().action());
        assertEquals("arn:aws:s3:::b", checks("ListObjectsV2", Map.of("Bucket", "b")).getFirst().resource());
        assertEquals(List.of(Check.of("s3:PutBucketCORS", "arn:aws:s3:::b")), checks("DeleteBucketCors", Map.of("Bucket", "b")));
        List<Check> copy = checks("CopyObject", Map.of("Bucket", "b", "Key", "k", "CopySource", "src/a%2Bb?versionId=1"));
        assertEquals(List.of(Check.of("s3:PutObject", "arn:aws:s3:::b/k"), Check.of("s3:GetObjectVersion", "arn:aws:s3:::src/a+b")), copy);
        assertEquals("s3:ListMultipartUploadParts", checks("ListParts", Map.of("Bucket", "b", "Key", "k")).getFirst().action());
        assertEquals(List.of(Check.of("s3:ListAllMyBuckets", "*")), checks("ListBuckets", Map.of()));
    }

    private static List<Check> checks(String operation, Map<String, String> input) {
        RequestContext ctx = new RequestContext("r", "s3", operation, "us-east-1", "000000000000", null, "localhost", null, null, null);
        return new S3Actions().of(ctx, Json.tree(input)).stream().map(c -> Check.of(c.action(), c.resource())).toList();
    }

    private static LifecycleRule rule(String json) {
        return Json.MAPPER.convertValue(Json.parse(json), LifecycleRule.class);
    }

    private static ObjectVersion object(String key, long size, String tags) {
        var meta = JsonNodeFactory.instance.objectNode();
        meta.set("TagSet", Json.parse(tags));
        return new ObjectVersion("b", key, "null", true, false, size, "\"e\"", 0, ObjectData.EMPTY, meta);
    }
}
