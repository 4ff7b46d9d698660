package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.authorization;
import static dev.stratus.it.ModelSweepIT.encode;
import static dev.stratus.it.ModelSweepIT.send;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.it.ModelSweepIT.Wire;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.sts.StsService;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of STS, through awsQuery, aimed at one role that trusts everyone for every STS action
 * (made through IAM), with session policies STS takes and ones it refuses.
 */
final class StsSweepTarget {
    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:*\"}]}";
    static final String ROLE_ARN = "arn:aws:iam::000000000000:role/sts-sweep-role";

    private StsSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("sts");
        ServiceModel iam = ServiceModel.load("iam");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("=RoleArn", List.of(ROLE_ARN, ROLE_ARN, ROLE_ARN, "arn:aws:iam::000000000000:role/sts-sweep-missing"));
        known.put("=Policy", Arrays.asList(null, null, "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"}}", "{not json"));
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-www-form-urlencoded; charset=utf-8", StsService.class,
                Set.of("ValidationError", "InvalidParameterValue", "MalformedQueryString", "AccessDenied"), known, Set.of(), REQUESTS_PER_OPERATION,
                () -> {
                    String form = "Action=CreateRole&Version=" + iam.apiVersion() + "&RoleName=sts-sweep-role&AssumeRolePolicyDocument=" + encode(TRUST);
                    HttpResponse<byte[]> r = send(new Wire("POST", "/", Map.of("Content-Type", t[0].contentType(), "Authorization", authorization(iam)),
                            form.getBytes(StandardCharsets.UTF_8), false));
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 409, new String(r.body(), StandardCharsets.UTF_8));
                });
        return t[0];
    }
}
