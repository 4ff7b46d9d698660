package dev.stratus.platform.identity;

import dev.stratus.protocol.AwsException;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How a service answers a request IAM refuses: its error code and status, how its messages spell
 * the action (SQS writes {@code sqs:sendmessage}, SNS {@code SNS:Publish}), and the words it puts
 * around IAM's explanation (EC2 opens with "You are not authorized to perform this operation.").
 */
public record Refusal(String code, int status, UnaryOperator<String> spelling, UnaryOperator<String> wording) {

    public Refusal(String code, int status, UnaryOperator<String> spelling) {
        this(code, status, spelling, UnaryOperator.identity());
    }

    /** What the JSON services answer (KMS, SSM, Secrets Manager, EventBridge, Logs): {@code AccessDeniedException}, 400. */
    public static final Refusal ACCESS_DENIED_EXCEPTION = new Refusal("AccessDeniedException", 400, UnaryOperator.identity());

    /** What the REST services answer (Lambda): {@code AccessDeniedException}, 403. */
    public static final Refusal ACCESS_DENIED_EXCEPTION_403 = new Refusal("AccessDeniedException", 403, UnaryOperator.identity());

    /** What the query services answer (IAM, STS): {@code AccessDenied}, 403. */
    public static final Refusal ACCESS_DENIED = new Refusal("AccessDenied", 403, UnaryOperator.identity());

    /** The action in lower case, as SQS writes it. */
    public static final UnaryOperator<String> LOWER_CASE = a -> a.toLowerCase(Locale.ROOT);

    public AwsException error(String message) {
        return new AwsException(code, wording.apply(message), status);
    }
}
