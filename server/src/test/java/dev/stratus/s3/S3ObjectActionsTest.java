package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.Actions.Check;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IAM checks of S3's object operations beyond PUT and GET, as the service authorization reference lists them. */
class S3ObjectActionsTest {
    private static List<Check> checks(String operation, String input) {
        RequestContext ctx = new RequestContext("r", "s3", operation, "us-east-1", "000000000000", "AKID", "localhost", null);
        return new S3Actions().of(ctx, Json.parse(input));
    }

    @Test
    void aCopyWritesItsTargetAndReadsItsSource() {
        assertEquals(List.of(Check.of("s3:PutObject", "arn:aws:s3:::b/k"), Check.of("s3:GetObjectVersion", "arn:aws:s3:::src/a b")),
                checks("CopyObject", "{\"Bucket\":\"b\",\"Key\":\"k\",\"CopySource\":\"src/a%20b?versionId=v\"}"));
    }

    @Test
    void deleteObjectsChecksEachKey() {
        assertEquals(List.of(Check.of("s3:DeleteObject", "arn:aws:s3:::b/x"), Check.of("s3:DeleteObjectVersion", "arn:aws:s3:::b/y")),
                checks("DeleteObjects", "{\"Bucket\":\"b\",\"Delete\":{\"Objects\":[{\"Key\":\"x\"},{\"Key\":\"y\",\"VersionId\":\"v\"}]}}"));
    }

    @Test
    void namingAVersionIsTheVersionsAction() {
        assertEquals(List.of(Check.of("s3:GetObjectVersion", "arn:aws:s3:::b/k")), checks("HeadObject", "{\"Bucket\":\"b\",\"Key\":\"k\",\"VersionId\":\"v\"}"));
        assertEquals(List.of(Check.of("s3:GetObject", "arn:aws:s3:::b/k")), checks("HeadObject", "{\"Bucket\":\"b\",\"Key\":\"k\"}"));
        assertEquals(List.of(Check.of("s3:PutObjectVersionTagging", "arn:aws:s3:::b/k")),
                checks("PutObjectTagging", "{\"Bucket\":\"b\",\"Key\":\"k\",\"VersionId\":\"v\"}"));
        assertEquals(List.of(Check.of("s3:ListBucketVersions", "arn:aws:s3:::b")), checks("ListObjectVersions", "{\"Bucket\":\"b\"}"));
    }
}
