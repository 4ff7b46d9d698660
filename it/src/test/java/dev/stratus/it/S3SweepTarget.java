package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.rest;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.s3.S3Service;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of S3 (rest-xml), aimed mostly at the bucket {@code sweep-bucket} and the object
 * {@code sweep/object.txt} in it, made again after a DeleteBucket or DeleteObject takes them.
 */
final class S3SweepTarget {
    static final String BUCKET = "sweep-bucket";
    static final String KEY = "sweep/object.txt";

    private S3SweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("s3");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("=Bucket", List.of(BUCKET, BUCKET, BUCKET, "sweep-none"));
        known.put("=Key", List.of(KEY, KEY, "sweep/other", "sweep/none"));
        known.put("=CopySource", List.of(BUCKET + "/" + KEY, BUCKET + "/" + KEY, "sweep-none/x"));
        known.put("=Prefix", List.of("sweep/", "s"));
        known.put("=Delimiter", List.of("/"));
        known.put("=EncodingType", List.of("url"));
        known.put("=LocationConstraint", List.of("eu-west-1"));
        return new Target(model, "application/xml", S3Service.class,
                Set.of("InvalidArgument", "InvalidRequest", "MalformedXML", "NoSuchBucket", "NoSuchKey", "InvalidBucketName", "BucketAlreadyOwnedByYou",
                        "BucketAlreadyExists", "IllegalLocationConstraintException", "InvalidLocationConstraint", "InvalidRange", "IncompleteBody",
                        "BadDigest", "InvalidDigest", "KeyTooLongError", "BucketNotEmpty", "NoSuchVersion", "MethodNotAllowed", "AccessDenied",
                        "PreconditionFailed", "UnknownOperationException", "SerializationException", "RequestEntityTooLarge", "NoSuchUpload",
                        "InvalidPart", "InvalidPartOrder", "EntityTooSmall", "EntityTooLarge", "NoSuchTagSet", "NoSuchBucketPolicy", "MalformedPolicy",
                        "NoSuchCORSConfiguration", "NoSuchLifecycleConfiguration", "ServerSideEncryptionConfigurationNotFoundError",
                        "NoSuchPublicAccessBlockConfiguration", "OwnershipControlsNotFoundError", "InvalidTag", "XAmzContentSHA256Mismatch",
                        "MissingContentLength", "InvalidBucketState", "AccessControlListNotSupported", "InvalidStorageClass", "InvalidEncryptionAlgorithmError",
                        "KMS.NotFoundException", "InvalidObjectState", "NotImplemented", "MalformedACLError", "InvalidTargetBucketForLogging",
                        "NoSuchConfiguration", "NoSuchWebsiteConfiguration", "SignatureDoesNotMatch", "AuthorizationHeaderMalformed",
                        "UnexpectedContent", "ConditionalRequestConflict", "TooManyBuckets", "InvalidPolicyDocument"),
                known, Set.of("DeleteBucket", "DeleteObject", "DeleteObjects"), REQUESTS_PER_OPERATION, () -> {
                    HttpResponse<String> bucket = rest("PUT", "/" + BUCKET, null);
                    assertTrue(bucket.statusCode() == 200 || bucket.statusCode() == 409, bucket.body());
                    HttpResponse<String> object = rest("PUT", "/" + BUCKET + "/" + KEY, "sweep");
                    assertTrue(object.statusCode() == 200, object.body());
                });
    }
}
