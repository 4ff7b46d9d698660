package dev.stratus.platform.jobs;

import dev.stratus.protocol.Principal;
import java.util.List;
import java.util.Map;

/**
 * Whether a delivery's caller may perform the action its destination needs on it (the identity
 * step's check); throws AWS's AccessDenied when not.
 */
@FunctionalInterface
public interface Permission {

    void check(Principal caller, String action, String resource, Map<String, List<String>> context);

    Permission ANYONE = (caller, action, resource, context) -> {
    };
}
