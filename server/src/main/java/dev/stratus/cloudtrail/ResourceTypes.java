package dev.stratus.cloudtrail;

import dev.stratus.platform.Arn;
import java.util.Map;

/**
 * The CloudFormation-style type LookupEvents gives a resource ({@code AWS::IAM::User},
 * {@code AWS::SQS::Queue}), read from its ARN: the service's name as AWS spells it, and the
 * ARN's resource type in Pascal case ({@code log-group} → {@code LogGroup}); for ARNs that carry
 * no type (SQS queues, SNS topics) the service's one kind of resource.
 */
final class ResourceTypes {
    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("iam", "IAM"), Map.entry("sts", "STS"), Map.entry("kms", "KMS"), Map.entry("sqs", "SQS"), Map.entry("sns", "SNS"),
            Map.entry("logs", "Logs"), Map.entry("lambda", "Lambda"), Map.entry("events", "Events"), Map.entry("ssm", "SSM"),
            Map.entry("secretsmanager", "SecretsManager"), Map.entry("ec2", "EC2"), Map.entry("autoscaling", "AutoScaling"),
            Map.entry("cloudtrail", "CloudTrail"));
    private static final Map<String, String> UNTYPED = Map.of("sqs", "Queue", "sns", "Topic");

    private ResourceTypes() {
    }

    static String of(Arn arn) {
        String service = SERVICES.getOrDefault(arn.service(), pascal(arn.service()));
        String untyped = UNTYPED.get(arn.service());
        if (untyped != null) {
            return "AWS::" + service + "::" + untyped;
        }
        String resource = arn.resource();
        int end = indexOfAny(resource);
        return "AWS::" + service + "::" + pascal(end < 0 ? resource : resource.substring(0, end));
    }

    private static int indexOfAny(String s) {
        int slash = s.indexOf('/');
        int colon = s.indexOf(':');
        return slash < 0 ? colon : colon < 0 ? slash : Math.min(slash, colon);
    }

    private static String pascal(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
