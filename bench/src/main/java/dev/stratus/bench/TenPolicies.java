package dev.stratus.bench;

import java.util.List;

/**
 * The ten policies of bench/auth's role (five inline, five customer managed), 2–3 statements each,
 * as JSON: shared by {@link TenPolicySession}, which makes them through the AWS SDK, and by
 * bench/decision/AuthDecision.java, which makes them in-process (so this class uses nothing but the JDK).
 * Only {@link #QUEUES} allows what the benchmark does ({@code sqs:*} on the {@code bench-*} queues);
 * the others still bear on every SQS request: a region guard and a dated deny whose conditions are
 * evaluated each time, SQS statements on other queues whose resources must be compared, and
 * statements for other services.
 */
public final class TenPolicies {
    public static final String ROLE_NAME = "stratus-bench-auth";

    /** The one policy that lets the session use the benchmark's queues. */
    public static final String QUEUES = policy(
            stmt("Allow", "\"sqs:*\"", "\"arn:aws:sqs:*:*:bench-*\"", null),
            stmt("Allow", "\"sqs:ListQueues\"", "\"*\"", null));

    public static final List<Named> INLINE = List.of(
            new Named("app-logs", policy(
                    stmt("Allow", "[\"logs:CreateLogStream\",\"logs:PutLogEvents\"]", "\"arn:aws:logs:*:*:log-group:/app/*\"", null),
                    stmt("Allow", "\"logs:DescribeLogGroups\"", "\"*\"", null))),
            new Named("queue-guards", policy(
                    stmt("Deny", "[\"sqs:DeleteQueue\",\"sqs:PurgeQueue\"]", "\"arn:aws:sqs:*:*:prod-*\"", null),
                    stmt("Deny", "\"sqs:*\"", "\"*\"", "{\"DateLessThan\":{\"aws:CurrentTime\":\"2020-01-01T00:00:00Z\"}}"))),
            new Named("orders-queues", policy(
                    stmt("Allow", "[\"sqs:SendMessage\",\"sqs:ReceiveMessage\",\"sqs:DeleteMessage\"]", "\"arn:aws:sqs:*:*:orders-*\"",
                            "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"payments\"}}"),
                    stmt("Allow", "\"sqs:GetQueueUrl\"", "\"arn:aws:sqs:*:*:orders-*\"", null))),
            new Named("publish", policy(
                    stmt("Allow", "\"events:PutEvents\"", "\"arn:aws:events:*:*:event-bus/app\"", null),
                    stmt("Allow", "\"sns:Publish\"", "\"arn:aws:sns:*:*:app-*\"", null),
                    stmt("Allow", "\"lambda:InvokeFunction\"", "\"arn:aws:lambda:*:*:function:app-*\"", null))),
            new Named("keys", policy(
                    stmt("Allow", "[\"kms:Decrypt\",\"kms:GenerateDataKey\"]", "\"*\"",
                            "{\"StringEquals\":{\"kms:ViaService\":\"sqs.us-east-1.amazonaws.com\"}}"),
                    stmt("Deny", "\"kms:ScheduleKeyDeletion\"", "\"*\"", null))));

    public static final List<Named> MANAGED = List.of(
            new Named("stratus-bench-auth-params", policy(
                    stmt("Allow", "[\"ssm:GetParameter\",\"ssm:GetParameters\"]", "\"arn:aws:ssm:*:*:parameter/app/*\"", null),
                    stmt("Allow", "\"secretsmanager:GetSecretValue\"", "\"arn:aws:secretsmanager:*:*:secret:app/*\"", null))),
            new Named("stratus-bench-auth-queue-reads", policy(
                    stmt("Allow", "[\"sqs:GetQueueAttributes\",\"sqs:ListQueueTags\"]", "\"arn:aws:sqs:*:*:orders-*\"", null),
                    stmt("Allow", "\"sqs:ChangeMessageVisibility\"", "\"arn:aws:sqs:*:*:orders-*\"", null))),
            new Named("stratus-bench-auth-iam-reads", policy(
                    stmt("Allow", "[\"iam:GetRole\",\"iam:ListRoles\"]", "\"*\"", null),
                    stmt("Deny", "\"iam:*\"", "\"arn:aws:iam::*:role/admin-*\"", null))),
            new Named("stratus-bench-auth-region-guard", policy(
                    stmt("Deny", "\"*\"", "\"*\"",
                            "{\"StringNotEquals\":{\"aws:RequestedRegion\":[\"us-east-1\",\"eu-west-1\",\"eu-central-1\"]}}"),
                    stmt("Allow", "\"sts:GetCallerIdentity\"", "\"*\"", null))),
            new Named("stratus-bench-auth-queues", QUEUES));

    public record Named(String name, String document) {
    }

    private TenPolicies() {
    }

    /** The role's trust policy: the account's own principals may assume it. */
    public static String trust(String account) {
        return policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + account + ":root\"},"
                + "\"Action\":\"sts:AssumeRole\"}");
    }

    public static String policy(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    /** One statement; {@code action} and {@code resource} are JSON (a string or a list), {@code condition} a JSON object or null. */
    public static String stmt(String effect, String action, String resource, String condition) {
        return "{\"Effect\":\"" + effect + "\",\"Action\":" + action + ",\"Resource\":" + resource
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }
}
