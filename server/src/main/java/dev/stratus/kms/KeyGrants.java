package dev.stratus.kms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.kms.KmsRepository.StoredGrant;
import dev.stratus.kms.api.GrantConstraints;
import dev.stratus.protocol.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a key's grants allow, as KMS reads them: a grant lets its grantee principal perform the
 * operations it lists on the key, within its constraints (EncryptionContextEquals: the request's
 * context is exactly this; EncryptionContextSubset: the request's context contains these pairs).
 * A role named as grantee covers that role's sessions.
 */
final class KeyGrants {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyGrants() {
    }

    static boolean allow(List<StoredGrant> grants, Principal caller, String operation, Map<String, String> context) {
        return grants.stream().anyMatch(g -> names(g.grantee(), caller) && Arrays.asList(g.operations().split(",")).contains(operation)
                && within(constraints(g.constraints()), context == null ? Map.of() : context));
    }

    /** Whether the grantee names the caller: its ARN, or for a role session the role (by name: a session's ARN carries no path). */
    static boolean names(String grantee, Principal caller) {
        if (grantee.equals(caller.id())) {
            return true;
        }
        if (caller.type() != Principal.Type.ASSUMED_ROLE || !grantee.contains(":role/")) {
            return false;
        }
        String[] session = caller.id().split(":", 6);
        String[] role = grantee.split(":", 6);
        if (session.length < 6 || role.length < 6 || !session[4].equals(role[4])) {
            return false;
        }
        String roleName = session[5].split("/")[1];
        return role[5].substring(role[5].lastIndexOf('/') + 1).equals(roleName);
    }

    private static boolean within(GrantConstraints c, Map<String, String> context) {
        if (c == null) {
            return true;
        }
        if (c.encryptionContextEquals() != null && !c.encryptionContextEquals().equals(context)) {
            return false;
        }
        return c.encryptionContextSubset() == null || context.entrySet().containsAll(c.encryptionContextSubset().entrySet());
    }

    private static GrantConstraints constraints(String json) {
        try {
            return json == null ? null : JSON.readValue(json, GrantConstraints.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("grant constraints were stored as JSON", e);
        }
    }
}
