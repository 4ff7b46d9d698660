package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.api.GetBucketAccelerateConfigurationOutput;
import dev.stratus.s3.api.GetBucketLoggingOutput;
import dev.stratus.s3.api.GetBucketRequestPaymentOutput;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A bucket's configurations, each kept whole in its settings document under the API's member name
 * ({@code Tagging}, {@code CORSConfiguration}, …): read, replaced and removed as S3's
 * Get/Put/Delete operations do, a Get of one never set being that configuration's 404.
 */
final class BucketSettings {
    private final Store store;
    private final S3Repository repo;

    BucketSettings(Store store, S3Repository repo) {
        this.store = store;
        this.repo = repo;
    }

    /** The configuration stored under {@code member}, or {@code missing}'s error when the bucket has none. */
    JsonNode get(String bucket, String member, Supplier<AwsException> missing) {
        JsonNode value = store.read(tx -> existing(repo, tx, bucket)).settings().get(member);
        if (value == null) {
            throw missing.get();
        }
        return value;
    }

    /** The configuration stored under {@code member}, or null. */
    JsonNode find(String bucket, String member) {
        return store.read(tx -> existing(repo, tx, bucket)).settings().get(member);
    }

    /** The bucket, which must exist. */
    Bucket bucket(String name) {
        return store.read(tx -> existing(repo, tx, name));
    }

    /** Stores {@code value} (a record of the API or a tree) under {@code member}, replacing what was there. */
    void put(String bucket, String member, Object value) {
        store.write(tx -> {
            Bucket b = existing(repo, tx, bucket);
            b.settings().set(member, Json.tree(value));
            repo.saveSettings(tx, b);
            return null;
        });
    }

    /** Removes the configuration under {@code member}; removing one never set is no error, as in S3. */
    void delete(String bucket, String member) {
        store.write(tx -> {
            Bucket b = existing(repo, tx, bucket);
            if (b.settings().remove(member) != null) {
                repo.saveSettings(tx, b);
            }
            return null;
        });
    }

    // What S3 answers for the configurations Stratus does not serve, as for a bucket that has none.

    void noWebsite(String bucket) {
        bucket(bucket);
        throw notFound("NoSuchWebsiteConfiguration", "The specified bucket does not have a website configuration", bucket);
    }

    GetBucketLoggingOutput logging(String bucket) {
        bucket(bucket);
        return new GetBucketLoggingOutput(null);
    }

    GetBucketAccelerateConfigurationOutput accelerate(String bucket) {
        bucket(bucket);
        return new GetBucketAccelerateConfigurationOutput(null, null);
    }

    GetBucketRequestPaymentOutput requestPayment(String bucket) {
        bucket(bucket);
        return new GetBucketRequestPaymentOutput("BucketOwner");
    }

    /** The bucket, or S3's NoSuchBucket. */
    static Bucket existing(S3Repository repo, Tx tx, String name) throws SQLException {
        Bucket b = repo.bucket(tx, name);
        if (b == null) {
            throw new AwsException("NoSuchBucket", "The specified bucket does not exist").with("BucketName", name);
        }
        return b;
    }

    static AwsException malformedXml() {
        return new AwsException("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");
    }

    static AwsException invalidArgument(String message, String name, String value) {
        AwsException e = new AwsException("InvalidArgument", message).with("ArgumentName", name);
        return value == null ? e : e.with("ArgumentValue", value);
    }

    static AwsException notFound(String code, String message, String bucket) {
        return new AwsException(code, message, 404).with("BucketName", bucket);
    }
}
