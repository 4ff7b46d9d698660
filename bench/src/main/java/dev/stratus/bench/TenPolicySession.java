package dev.stratus.bench;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * A caller whose every request makes IAM's evaluation do realistic work, for bench/auth: a session
 * of a role with {@link TenPolicies} (the inline ones put, the managed ones created and attached),
 * made with the account root's keys through IAM and STS.
 */
final class TenPolicySession {
    static final String SESSION_NAME = "bench";
    /** Long enough for any run the knobs allow (a phase is at most an hour and ten minutes). */
    static final int SESSION_SECONDS = 12 * 3600;

    private TenPolicySession() {
    }

    /** Makes the role (or reuses it, should a run before have made it) and returns a new session's credentials. */
    static AwsSessionCredentials assume(String endpoint) {
        StaticCredentialsProvider root = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        try (IamClient iam = IamClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(root).httpClientBuilder(ApacheHttpClient.builder()).build();
             StsClient sts = StsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(root).httpClientBuilder(ApacheHttpClient.builder()).build()) {
            String account = sts.getCallerIdentity(b -> { }).account();
            String trust = TenPolicies.trust(account);
            String roleArn;
            try {
                roleArn = iam.createRole(b -> b.roleName(TenPolicies.ROLE_NAME).assumeRolePolicyDocument(trust).maxSessionDuration(SESSION_SECONDS))
                        .role().arn();
            } catch (EntityAlreadyExistsException madeBefore) {
                roleArn = iam.getRole(b -> b.roleName(TenPolicies.ROLE_NAME)).role().arn();
            }
            for (TenPolicies.Named p : TenPolicies.INLINE) {
                iam.putRolePolicy(b -> b.roleName(TenPolicies.ROLE_NAME).policyName(p.name()).policyDocument(p.document()));
            }
            for (TenPolicies.Named p : TenPolicies.MANAGED) {
                String arn = "arn:aws:iam::" + account + ":policy/" + p.name();
                try {
                    iam.createPolicy(b -> b.policyName(p.name()).policyDocument(p.document()));
                } catch (EntityAlreadyExistsException madeBefore) {
                    // the same document: a run before made it
                }
                iam.attachRolePolicy(b -> b.roleName(TenPolicies.ROLE_NAME).policyArn(arn));
            }
            String role = roleArn;
            Credentials c = sts.assumeRole(b -> b.roleArn(role).roleSessionName(SESSION_NAME).durationSeconds(SESSION_SECONDS))
                    .credentials();
            return AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
        }
    }
}
