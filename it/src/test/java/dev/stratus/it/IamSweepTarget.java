package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.authorization;
import static dev.stratus.it.ModelSweepIT.encode;
import static dev.stratus.it.ModelSweepIT.send;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.IamService;
import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.it.ModelSweepIT.Wire;
import dev.stratus.protocol.model.ServiceModel;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of IAM, through awsQuery, aimed at one role (set up again after DeleteRole deletes it),
 * with trust policies IAM takes and ones it refuses, and permissions boundaries of both kinds.
 */
final class IamSweepTarget {
    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private IamSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("iam");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("RoleName", List.of("sweep-role"));
        // Mostly a good trust policy, so that requests reach the role's own checks.
        known.put("=AssumeRolePolicyDocument", List.of(TRUST, TRUST, TRUST, "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}", "{not json"));
        known.put("=Path", List.of("/", "/sweep/"));
        known.put("=PathPrefix", List.of("/", "/sweep/"));
        known.put("=PermissionsBoundary", Arrays.asList(null, null, "arn:aws:iam::aws:policy/PowerUserAccess", "arn:aws:s3:::sweep-bucket"));
        known.put("=UserName", Arrays.asList(null, null, "alice"));
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-www-form-urlencoded; charset=utf-8", IamService.class,
                Set.of("ValidationError", "InvalidParameterValue", "MalformedQueryString"), known, Set.of("DeleteRole"), REQUESTS_PER_OPERATION,
                () -> {
                    // The role may be there already (setup runs again after each DeleteRole): made, or still there, will do.
                    String form = "Action=CreateRole&Version=" + model.apiVersion() + "&RoleName=sweep-role&AssumeRolePolicyDocument=" + encode(TRUST);
                    HttpResponse<byte[]> r = send(new Wire("POST", "/", Map.of("Content-Type", t[0].contentType(), "Authorization", authorization(model)),
                            form.getBytes(StandardCharsets.UTF_8), false));
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 409, new String(r.body(), StandardCharsets.UTF_8));
                });
        return t[0];
    }
}
