package dev.stratus.cloudtrail;

import java.util.Map;
import java.util.Set;

/**
 * What CloudTrail makes of an operation of a service Stratus serves, as AWS documents it: whether
 * it is a management event (recorded in event history and sent to EventBridge) or a data event
 * (not recorded unless a trail selects data events, which Stratus does not deliver), whether it is
 * read-only, its eventName, and the region its events belong to.
 * <ul>
 * <li>Data events (each service's "CloudTrail" page): SQS's message operations, SNS Publish and
 * PublishBatch, Lambda Invoke, EventBridge PutEvents, CloudWatch Logs' log-event reads and writes.</li>
 * <li>Read-only: the Describe/Get/List/Lookup operations, less STS's GetSessionToken and
 * GetFederationToken (AWS counts them as writes), plus the read-only calls whose names do not say
 * so (KMS's cryptographic operations, STS's AssumeRole family — EventBridge's guide matches AssumeRole
 * with a rule enabled for read-only events —, TestEventPattern, Simulate*, …).</li>
 * <li>Lambda's eventNames carry the API version of the operation's path ({@code CreateFunction20150331},
 * {@code UpdateFunctionCode20150331v2}).</li>
 * <li>IAM's events belong to us-east-1, as a global service's do.</li>
 * </ul>
 */
final class EventKinds {
    private static final Map<String, Set<String>> DATA_EVENTS = Map.of(
            "sqs", Set.of("SendMessage", "SendMessageBatch", "ReceiveMessage", "DeleteMessage", "DeleteMessageBatch",
                    "ChangeMessageVisibility", "ChangeMessageVisibilityBatch"),
            "sns", Set.of("Publish", "PublishBatch"),
            "lambda", Set.of("Invoke", "InvokeAsync", "InvokeWithResponseStream"),
            "events", Set.of("PutEvents"),
            "logs", Set.of("PutLogEvents", "GetLogEvents", "FilterLogEvents", "StartLiveTail", "GetLogRecord", "GetLogObject"));

    private static final Set<String> WRITES_NAMED_AS_READS = Set.of("sts.GetSessionToken", "sts.GetFederationToken");

    private static final Set<String> READS_NAMED_OTHERWISE = Set.of(
            "kms.Encrypt", "kms.Decrypt", "kms.ReEncrypt", "kms.GenerateDataKey", "kms.GenerateDataKeyWithoutPlaintext",
            "kms.GenerateDataKeyPair", "kms.GenerateDataKeyPairWithoutPlaintext", "kms.GenerateRandom", "kms.GenerateMac",
            "kms.VerifyMac", "kms.Sign", "kms.Verify", "kms.DeriveSharedSecret",
            "events.TestEventPattern", "iam.SimulateCustomPolicy", "iam.SimulatePrincipalPolicy",
            "logs.StartQuery", "logs.TestMetricFilter", "secretsmanager.ValidateResourcePolicy", "sts.DecodeAuthorizationMessage",
            "sts.AssumeRole", "sts.AssumeRoleWithWebIdentity", "sts.AssumeRoleWithSAML", "sts.AssumeRoot",
            "cloudtrail.LookupEvents", "ec2.SearchTransitGatewayRoutes");

    /** Lambda operations whose eventName adds "v2" after the API version. */
    private static final Set<String> LAMBDA_V2 = Set.of("UpdateFunctionCode", "UpdateFunctionConfiguration", "AddPermission",
            "RemovePermission", "GetFunction", "GetFunctionConfiguration", "GetPolicy", "TagResource", "UntagResource");

    /** The services whose calls CloudTrail records here (every service Stratus serves). */
    private static final Set<String> SERVED = Set.of("iam", "sts", "kms", "sqs", "logs", "lambda", "events", "sns", "ssm",
            "secretsmanager", "ec2", "autoscaling", "cloudtrail");

    private EventKinds() {
    }

    /** Whether CloudTrail records calls of this operation as management events. */
    static boolean isManagement(String service, String operation) {
        return SERVED.contains(service) && !DATA_EVENTS.getOrDefault(service, Set.of()).contains(operation);
    }

    static boolean isReadOnly(String service, String operation) {
        String qualified = service + "." + operation;
        if (WRITES_NAMED_AS_READS.contains(qualified)) {
            return false;
        }
        return READS_NAMED_OTHERWISE.contains(qualified) || operation.startsWith("Describe") || operation.startsWith("Get")
                || operation.startsWith("List") || operation.startsWith("Lookup");
    }

    /**
     * Whether the record carries the answer: not for reads (CloudTrail records what a call changed),
     * except STS's AssumeRole family, whose records show the session's key and user though read-only.
     */
    static boolean recordsResponse(String service, String operation) {
        return !isReadOnly(service, operation) || service.equals("sts") && operation.startsWith("AssumeRo");
    }

    /** The eventName: the operation's name, with the API version of its path for Lambda. */
    static String eventName(String service, String operation, String requestUri) {
        if (!service.equals("lambda") || requestUri == null || !requestUri.matches("/\\d{4}-\\d{2}-\\d{2}/.*")) {
            return operation;
        }
        return operation + requestUri.substring(1, 11).replace("-", "") + (LAMBDA_V2.contains(operation) ? "v2" : "");
    }

    /** The region an event belongs to: us-east-1 for IAM, a global service; the request's region for the others. */
    static String region(String service, String requestRegion) {
        return service.equals("iam") ? "us-east-1" : requestRegion;
    }
}
