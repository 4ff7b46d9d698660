package dev.stratus.it;

import java.net.URI;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;

/**
 * The execution role the tests' functions run with. AWS refuses CreateFunction with a role that
 * does not exist or that Lambda may not assume ("The role defined for the function cannot be
 * assumed by Lambda."), so a test makes it first, as a user must.
 */
final class TestRoles {
    static final String LAMBDA_NAME = "lambda-role";
    static final String LAMBDA = "arn:aws:iam::000000000000:role/" + LAMBDA_NAME;
    static final String LAMBDA_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    /**
     * What the tests' functions may do with their role's session: their own SQS calls, an event source mapping's
     * polling, dead-letter queues and destinations, logs. Broad on purpose: these tests are about what functions,
     * mappings and destinations do, not about permissions, which have tests of their own.
     */
    static final String LAMBDA_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"sqs:*\",\"sns:*\",\"lambda:InvokeFunction\",\"events:PutEvents\",\"logs:*\"],\"Resource\":\"*\"}]}";

    private TestRoles() {
    }

    /**
     * The role's ARN, once it exists in the Stratus at {@code endpoint} with {@link #LAMBDA_POLICY}:
     * made here unless an earlier test made it.
     */
    static String lambda(URI endpoint) {
        try (IamClient iam = Clients.iam(endpoint)) {
            try {
                iam.createRole(b -> b.roleName(LAMBDA_NAME).assumeRolePolicyDocument(LAMBDA_TRUST));
            } catch (EntityAlreadyExistsException madeBefore) {
                // The same role, with the same trust policy; putting the same policy again changes nothing.
            }
            iam.putRolePolicy(b -> b.roleName(LAMBDA_NAME).policyName("stratus-tests").policyDocument(LAMBDA_POLICY));
        }
        return LAMBDA;
    }
}
