package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.iam.api.*;
import dev.stratus.platform.identity.Actions.Check;
import dev.stratus.protocol.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IAM's own actions: iam:Operation on the entity a request names, with the condition keys AWS defines. */
class IamActionsTest extends IamFixture {

    Check check(String op, String input) {
        List<Check> checks = iam.actions().of(operation(op), (ObjectNode) Json.parse(input));
        assertEquals(1, checks.size());
        return checks.getFirst();
    }

    @Test
    void eachOperationActsOnTheEntityItNames() {
        iam.createUser(ctx, new CreateUserRequest("/team/", "ann", "arn:aws:iam::aws:policy/ReadOnlyAccess", List.of(new Tag("dept", "a"))));
        Check getUser = check("GetUser", "{\"UserName\":\"ann\"}");
        assertEquals("iam:GetUser", getUser.action());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":user/team/ann", getUser.resource(), "the path is read from the user");
        assertEquals(List.of("a"), getUser.context().get("aws:ResourceTag/dept"));
        assertEquals(List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"), getUser.context().get("iam:PermissionsBoundary"));

        Check attach = check("AttachUserPolicy", "{\"UserName\":\"ann\",\"PolicyArn\":\"arn:aws:iam::aws:policy/AdministratorAccess\"}");
        assertEquals("arn:aws:iam::" + ACCOUNT + ":user/team/ann", attach.resource());
        assertEquals(List.of("arn:aws:iam::aws:policy/AdministratorAccess"), attach.context().get("iam:PolicyARN"));

        assertEquals("arn:aws:iam::" + ACCOUNT + ":group/devs", check("AddUserToGroup", "{\"GroupName\":\"devs\",\"UserName\":\"ann\"}").resource());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":instance-profile/p",
                check("AddRoleToInstanceProfile", "{\"InstanceProfileName\":\"p\",\"RoleName\":\"r\"}").resource());
        assertEquals("*", check("ListUsers", "{}").resource());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":policy/ops/p", check("CreatePolicy", "{\"PolicyName\":\"p\",\"Path\":\"/ops/\"}").resource());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
                check("CreateServiceLinkedRole", "{\"AWSServiceName\":\"ecs.amazonaws.com\"}").resource());
    }

    @Test
    void tagsGivenAreRequestTags() {
        Check create = check("CreateRole", "{\"RoleName\":\"r\",\"Path\":\"/x/\",\"Tags\":[{\"Key\":\"env\",\"Value\":\"prod\"}],"
                + "\"PermissionsBoundary\":\"arn:aws:iam::aws:policy/PowerUserAccess\"}");
        assertEquals("arn:aws:iam::" + ACCOUNT + ":role/x/r", create.resource());
        assertEquals(Map.of("aws:RequestTag/env", List.of("prod"), "aws:TagKeys", List.of("env"),
                "iam:PermissionsBoundary", List.of("arn:aws:iam::aws:policy/PowerUserAccess")), create.context());
        assertEquals(List.of("a", "b"), check("UntagUser", "{\"UserName\":\"u\",\"TagKeys\":[\"a\",\"b\"]}").context().get("aws:TagKeys"));
    }
}
