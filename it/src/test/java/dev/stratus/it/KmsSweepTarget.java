package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.kms.KmsService;
import dev.stratus.protocol.model.ServiceModel;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of KMS (json 1.1), aimed at a symmetric key named by id, ARN and the alias
 * {@code alias/sweep}, an HMAC key and an elliptic-curve signing key, and a grant on the first.
 * Operations that disable, schedule for deletion or unname them make them again.
 */
final class KmsSweepTarget {
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KmsSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("kms");
        // Filled by the setup, and again each time it runs: the keys' ids change.
        List<String> keyIds = new ArrayList<>();
        List<String> grantIds = new ArrayList<>();
        List<String> grantTokens = new ArrayList<>();
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("KeyId", keyIds);
        known.put("GrantId", grantIds);
        known.put("=GrantToken", grantTokens);
        known.put("=AliasName", List.of("alias/sweep", "alias/sweep", "alias/sweep-2"));
        known.put("Principal", List.of("arn:aws:iam::000000000000:role/sweep"));
        known.put("=PolicyName", Arrays.asList("default", "default", null));
        known.put("=Policy", List.of(POLICY, POLICY, POLICY, "{not json"));
        Target[] t = new Target[1];
        t[0] = new Target(model, CONTENT_TYPE, KmsService.class,
                Set.of("ValidationException", "SerializationException", "AccessDeniedException", "NotAuthorizedException"), known,
                Set.of("ScheduleKeyDeletion", "DisableKey", "DeleteAlias", "UpdateAlias", "RetireGrant", "RevokeGrant"), REQUESTS_PER_OPERATION,
                () -> {
                    JsonNode symmetric = created(t[0], "{}");
                    JsonNode hmac = created(t[0], "{\"KeySpec\":\"HMAC_256\",\"KeyUsage\":\"GENERATE_VERIFY_MAC\"}");
                    JsonNode ec = created(t[0], "{\"KeySpec\":\"ECC_NIST_P256\",\"KeyUsage\":\"SIGN_VERIFY\"}");
                    String id = symmetric.get("KeyId").asText();
                    // The alias may be there from an earlier setup: moved to the new key, or made.
                    call(t[0], "DeleteAlias", "{\"AliasName\":\"alias/sweep\"}");
                    assertEquals(200, call(t[0], "CreateAlias", "{\"AliasName\":\"alias/sweep\",\"TargetKeyId\":\"" + id + "\"}").statusCode());
                    JsonNode grant = JSON.readTree(call(t[0], "CreateGrant", "{\"KeyId\":\"" + id + "\",\"GranteePrincipal\":"
                            + "\"arn:aws:iam::000000000000:role/sweep\",\"Operations\":[\"Decrypt\"]}").body());
                    keyIds.clear();
                    keyIds.addAll(List.of(id, id, id, symmetric.get("Arn").asText(), "alias/sweep", hmac.get("KeyId").asText(),
                            ec.get("KeyId").asText()));
                    grantIds.clear();
                    grantIds.add(grant.get("GrantId").asText());
                    grantTokens.clear();
                    grantTokens.add(grant.get("GrantToken").asText());
                });
        return t[0];
    }

    private static JsonNode created(Target t, String body) throws Exception {
        HttpResponse<String> r = call(t, "CreateKey", body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("KeyMetadata");
    }
}
