package dev.stratus.it;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Real AWS SDK for Java v2 clients pointed at a Stratus, as a user would configure them. */
final class Clients {
    private Clients() {
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static AutoScalingClient autoScaling(URI endpoint) {
        return configure(AutoScalingClient.builder(), endpoint)
                .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /**
     * Path-style addressing, as users of local S3 endpoints configure it: a bucket's own host name
     * ({@code bucket.localhost}) does not resolve everywhere. Virtual-hosted style is tested apart.
     */
    static S3Client s3(URI endpoint) {
        return configure(S3Client.builder(), endpoint).forcePathStyle(true)
                .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** S3, path style, signed with these credentials (an IAM user's), no retries. */
    static S3Client s3(URI endpoint, AwsCredentialsProvider credentials) {
        return configure(S3Client.builder(), endpoint, credentials).forcePathStyle(true)
                .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    static SqsClient sqs(URI endpoint) {
        return configure(SqsClient.builder(), endpoint).build();
    }

    /** No retries: a throttled or failed call shows as it came, as the tests need. */
    static LambdaClient lambda(URI endpoint) {
        return configure(LambdaClient.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static EventBridgeClient events(URI endpoint) {
        return configure(EventBridgeClient.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static SnsClient sns(URI endpoint) {
        return configure(SnsClient.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static IamClient iam(URI endpoint) {
        return configure(IamClient.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static KmsClient kms(URI endpoint) {
        return configure(KmsClient.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static StsClient sts(URI endpoint) {
        return sts(endpoint, TEST_KEYS);
    }

    /** STS signed with these credentials, no retries. */
    static StsClient sts(URI endpoint, AwsCredentialsProvider credentials) {
        return configure(StsClient.builder(), endpoint, credentials)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** CloudWatch (Smithy RPC v2 CBOR in SDK 2.59), no retries: a refused call shows as it came. */
    static CloudWatchClient cloudWatch(URI endpoint) {
        return configure(CloudWatchClient.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static SsmClient ssm(URI endpoint) {
        return configure(SsmClient.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** IAM with another access key (an IAM user's), so that requests are that user's. */
    static IamClient iam(URI endpoint, String accessKeyId, String secretAccessKey) {
        return configure(IamClient.builder(), endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** SQS (awsJson) signed with these credentials, no retries. */
    static SqsClient sqs(URI endpoint, AwsCredentialsProvider credentials) {
        return configure(SqsClient.builder(), endpoint, credentials)
                .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** Lambda (restJson) signed with these credentials, no retries. */
    static LambdaClient lambda(URI endpoint, AwsCredentialsProvider credentials) {
        return configure(LambdaClient.builder(), endpoint, credentials)
                .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static SecretsManagerClient secretsManager(URI endpoint) {
        return configure(SecretsManagerClient.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static CloudTrailClient cloudTrail(URI endpoint) {
        return configure(CloudTrailClient.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static Ec2Client ec2(URI endpoint) {
        return configure(Ec2Client.builder(), endpoint)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** EC2 signed with these credentials (an IAM user's or a role session's), no retries. */
    static Ec2Client ec2(URI endpoint, AwsCredentialsProvider credentials) {
        return configure(Ec2Client.builder(), endpoint, credentials)
                .overrideConfiguration(o -> o.apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    /** No retries: a refused call shows as it came, as the tests need. */
    static SchedulerClient scheduler(URI endpoint) {
        return configure(SchedulerClient.builder(), endpoint)
                .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    static CloudWatchLogsClient logs(URI endpoint) {
        return configure(CloudWatchLogsClient.builder(), endpoint).build();
    }

    static final AwsCredentialsProvider TEST_KEYS = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, URI endpoint) {
        return configure(builder, endpoint, TEST_KEYS);
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, URI endpoint,
                                                                                             AwsCredentialsProvider credentials) {
        return builder.endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create());
    }
}
