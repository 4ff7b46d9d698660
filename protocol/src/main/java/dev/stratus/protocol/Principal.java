package dev.stratus.protocol;

/**
 * Who makes a call, as IAM names it: the account root, an IAM user, an assumed-role session, or an
 * AWS service calling on a resource's behalf ({@code events.amazonaws.com}). {@code id} is the
 * principal's ARN, or the service's name for a service principal; {@code account} is the account
 * the principal belongs to (none for a service).
 */
public record Principal(Type type, String id, String account) {

    public enum Type { ROOT, USER, ASSUMED_ROLE, SERVICE }

    /** An AWS service acting for a resource of another (an EventBridge rule's target, an SNS subscription). */
    public static Principal service(String name) {
        return new Principal(Type.SERVICE, name, null);
    }
}
