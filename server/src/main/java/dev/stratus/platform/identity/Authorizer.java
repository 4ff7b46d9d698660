package dev.stratus.platform.identity;

import dev.stratus.protocol.Principal;
import java.util.List;
import java.util.Map;

/**
 * The one decision point: may {@code principal} perform {@code action} (IAM's name, such as
 * {@code sqs:SendMessage}) on {@code resource} (an ARN, or {@code *} where the resource is not
 * named) under {@code context} (IAM's condition keys and their values)? Every request asks it
 * between routing and the service; IAM's policy evaluation answers it.
 */
@FunctionalInterface
public interface Authorizer {

    Decision authorize(Principal principal, String action, String resource, Map<String, List<String>> context);

    /** As IAM decides: allowed, denied by a statement, or denied because nothing allows it. */
    enum Decision { ALLOW, EXPLICIT_DENY, IMPLICIT_DENY }

    /** Until IAM policies are evaluated, every principal may do everything, as the account root may. */
    Authorizer ALLOW_ALL = (principal, action, resource, context) -> Decision.ALLOW;
}
