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
 * The sweep of IAM, through awsQuery, aimed at one role, user, group, customer managed policy and
 * instance profile (set up again after a delete removes one), with policies IAM takes and ones it
 * refuses, AWS's managed policies, and permissions boundaries of both kinds.
 */
final class IamSweepTarget {
    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    static final String ALLOW = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}";
    static final String POLICY_ARN = "arn:aws:iam::000000000000:policy/sweep-policy";

    private IamSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("iam");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("RoleName", List.of("sweep-role"));
        known.put("=UserName", Arrays.asList("sweep-user", "sweep-user", null));
        known.put("=GroupName", List.of("sweep-group"));
        known.put("=InstanceProfileName", List.of("sweep-profile"));
        known.put("=PolicyArn", List.of(POLICY_ARN, POLICY_ARN, "arn:aws:iam::aws:policy/ReadOnlyAccess",
                "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));
        known.put("=PolicySourceArn", List.of("arn:aws:iam::000000000000:role/sweep-role", "arn:aws:iam::000000000000:user/sweep-user"));
        known.put("=VersionId", List.of("v1", "v2"));
        known.put("=PolicyName", List.of("sweep-inline", "sweep-inline", "sweep-policy"));
        // Mostly good documents, so that requests reach the entities' own checks.
        known.put("=PolicyDocument", List.of(ALLOW, ALLOW, TRUST, "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}]}", "{not json"));
        known.put("=AssumeRolePolicyDocument", List.of(TRUST, TRUST, TRUST, "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}", "{not json"));
        known.put("=Path", List.of("/", "/sweep/"));
        known.put("=PathPrefix", List.of("/", "/sweep/"));
        known.put("=PermissionsBoundary", Arrays.asList(null, null, "arn:aws:iam::aws:policy/PowerUserAccess", "arn:aws:s3:::sweep-bucket"));
        known.put("=AWSServiceName", List.of("autoscaling.amazonaws.com", "elasticbeanstalk.amazonaws.com"));
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-www-form-urlencoded; charset=utf-8", IamService.class,
                Set.of("ValidationError", "InvalidParameterValue", "MalformedQueryString"), known,
                Set.of("DeleteRole", "DeleteUser", "DeleteGroup", "DeletePolicy", "DeleteInstanceProfile", "DeleteServiceLinkedRole"),
                REQUESTS_PER_OPERATION, () -> {
                    // Each may be there already (setup runs again after each delete): made, or still there, will do.
                    String v = "&Version=" + model.apiVersion();
                    for (String form : List.of(
                            "Action=CreateRole" + v + "&RoleName=sweep-role&AssumeRolePolicyDocument=" + encode(TRUST),
                            "Action=CreateUser" + v + "&UserName=sweep-user",
                            "Action=CreateGroup" + v + "&GroupName=sweep-group",
                            "Action=CreatePolicy" + v + "&PolicyName=sweep-policy&PolicyDocument=" + encode(ALLOW),
                            "Action=CreateInstanceProfile" + v + "&InstanceProfileName=sweep-profile")) {
                        HttpResponse<byte[]> r = send(new Wire("POST", "/", Map.of("Content-Type", t[0].contentType(),
                                "Authorization", authorization(model)), form.getBytes(StandardCharsets.UTF_8), false));
                        assertTrue(r.statusCode() == 200 || r.statusCode() == 409, new String(r.body(), StandardCharsets.UTF_8));
                    }
                });
        return t[0];
    }
}
