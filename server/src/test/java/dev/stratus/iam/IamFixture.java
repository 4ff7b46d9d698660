package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.iam.api.CreatePolicyRequest;
import dev.stratus.iam.api.CreateRoleRequest;
import dev.stratus.iam.api.CreateUserRequest;
import dev.stratus.iam.api.Policy;
import dev.stratus.iam.api.Role;
import dev.stratus.iam.api.User;
import dev.stratus.platform.identity.Credentials;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;

/** An IAM on an in-memory store, called as the account root, with the helpers its tests share. */
abstract class IamFixture {
    static final String ACCOUNT = "111122223333";
    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    static final String ALLOW_SQS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}";
    static final String ALLOW_KMS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}]}";

    final ManualClock clock = new ManualClock(1_800_000_000_123L);
    final SqliteStore store = SqliteStore.inMemory();
    final Credentials credentials = new Credentials(store);
    final IamService iam = new IamService(store, clock, ACCOUNT, credentials);
    final RequestContext ctx = context(new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT));

    @AfterEach
    void close() {
        store.close();
    }

    static RequestContext context(Principal principal) {
        return new RequestContext("r", "iam", "op", "us-east-1", ACCOUNT, "test", "localhost", principal);
    }

    static RequestContext operation(String op) {
        return new RequestContext("r", "iam", op, "us-east-1", ACCOUNT, "test", "localhost",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT));
    }

    static String code(Executable call) {
        return assertThrows(AwsException.class, call).code();
    }

    static String message(Executable call) {
        return assertThrows(AwsException.class, call).getMessage();
    }

    User user(String name) {
        return iam.createUser(ctx, new CreateUserRequest(null, name, null, null)).user();
    }

    Role role(String name) {
        return iam.createRole(ctx, new CreateRoleRequest(null, name, TRUST, null, null, null, null)).role();
    }

    Policy policy(String name, String document) {
        return iam.createPolicy(ctx, new CreatePolicyRequest(name, null, document, null, null)).policy();
    }
}
