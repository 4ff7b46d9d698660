package dev.stratus.bench;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What AWS requires before the benchmarks' functions and deliveries may run: an execution role
 * Lambda may assume, and queue policies that let the services sending to a queue do so.
 */
final class Grants {
    static final String ROLE_NAME = "stratus-bench";
    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    /** What the functions do with their role: send their results to the destination queues, and log. */
    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"sqs:SendMessage\",\"logs:CreateLogGroup\",\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Resource\":\"*\"}]}";

    private Grants() {
    }

    /** The functions' execution role with {@link #POLICY}, made unless a run before made it; its ARN. */
    static String lambdaRole(String endpoint) {
        try (IamClient iam = IamClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(ApacheHttpClient.builder()).build()) {
            String arn;
            try {
                arn = iam.createRole(b -> b.roleName(ROLE_NAME).assumeRolePolicyDocument(TRUST)).role().arn();
            } catch (EntityAlreadyExistsException madeBefore) {
                arn = iam.getRole(b -> b.roleName(ROLE_NAME)).role().arn();
            }
            iam.putRolePolicy(b -> b.roleName(ROLE_NAME).policyName("stratus-bench").policyDocument(POLICY));
            return arn;
        }
    }

    /**
     * Sets the queue's policy to the one AWS's guides give for a service's deliveries:
     * {@code service} (sns.amazonaws.com, events.amazonaws.com) may SendMessage for {@code sourceArn},
     * the topic or rule that sends.
     */
    static void allowService(SqsClient sqs, String url, String queueArn, String service, String sourceArn) {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"" + service + "\"},"
                + "\"Action\":\"sqs:SendMessage\",\"Resource\":\"" + queueArn + "\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"" + sourceArn + "\"}}}]}";
        sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.POLICY, policy)));
    }
}
