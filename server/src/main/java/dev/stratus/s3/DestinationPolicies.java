package dev.stratus.s3;

import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.port.Queues;
import dev.stratus.s3.NotificationRules.Rule;
import dev.stratus.s3.S3Repository.Bucket;
import java.util.List;
import java.util.Map;

/**
 * Whether a destination lets S3 deliver there, as S3 checks when a configuration is saved: the
 * destination's resource policy (queue policy, topic policy, function permissions) must allow
 * {@code s3.amazonaws.com} the action for this bucket ({@code aws:SourceArn}) of its owner
 * ({@code aws:SourceAccount}). Checked whether or not Stratus enforces IAM, since S3 refuses
 * such a configuration in every account.
 */
final class DestinationPolicies implements BucketNotifications.Destinations {
    private final AccessControl access;
    private final Queues queues;

    DestinationPolicies(AccessControl access, Queues queues) {
        this.access = access;
        this.queues = queues;
    }

    @Override
    public String refusal(Bucket bucket, Rule rule) {
        return switch (rule.kind()) {
            case QUEUE -> rule.arn().endsWith(".fifo") ? "FIFO SQS queues are not supported as event notification destinations"
                    : queues.visibilityTimeout(rule.arn()) == null ? "The destination queue does not exist"
                    : allowed(bucket, "sqs:SendMessage", rule.arn()) ? null
                    : "Permissions on the destination queue do not allow S3 to publish notifications from this bucket";
            case TOPIC -> allowed(bucket, "sns:Publish", rule.arn()) ? null
                    : "Permissions on the destination topic do not allow S3 to publish notifications from this bucket";
            case FUNCTION -> allowed(bucket, "lambda:InvokeFunction", rule.arn()) ? null : "Not authorized to invoke function [" + rule.arn() + "]";
        };
    }

    private boolean allowed(Bucket bucket, String action, String arn) {
        Map<String, List<String>> context = Map.of("aws:SourceArn", List.of(S3Arns.bucket(bucket.name())), "aws:SourceAccount",
                List.of(bucket.account()));
        return access.evaluate(Notifier.S3, null, action, arn, context).allowed();
    }
}
