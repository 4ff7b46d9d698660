package dev.stratus.ssm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.Actions.Check;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SsmActionsTest {
    final SsmActions actions = new SsmActions();

    static RequestContext op(String operation) {
        return new RequestContext("r", "ssm", operation, "eu-west-1", "111122223333", "test", "localhost",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::111122223333:root", "111122223333"));
    }

    List<Check> checks(String operation, String input) {
        return actions.of(op(operation), Json.requestObject(input.getBytes()));
    }

    @Test
    void eachParameterIsCheckedByItsArn() {
        String arn = "arn:aws:ssm:eu-west-1:111122223333:parameter/app/db";
        assertEquals(List.of(Check.of("ssm:GetParameter", arn)), checks("GetParameter", "{\"Name\":\"/app/db:3\"}"));
        assertEquals(List.of(Check.of("ssm:GetParameters", arn), Check.of("ssm:GetParameters", "arn:aws:ssm:eu-west-1:111122223333:parameter/flat")),
                checks("GetParameters", "{\"Names\":[\"/app/db\",\"flat\"]}"));
        assertEquals(List.of(Check.of("ssm:GetParametersByPath", "arn:aws:ssm:eu-west-1:111122223333:parameter/app")),
                checks("GetParametersByPath", "{\"Path\":\"/app\"}"));
        assertEquals(List.of(Check.of("ssm:DescribeParameters", "*")), checks("DescribeParameters", "{}"));
    }

    @Test
    void tagsGivenAreConditionKeys() {
        Check put = checks("PutParameter", "{\"Name\":\"/app/db\",\"Value\":\"v\",\"Tags\":[{\"Key\":\"env\",\"Value\":\"dev\"}]}").getFirst();
        assertEquals(Map.of("aws:RequestTag/env", List.of("dev"), "aws:TagKeys", List.of("env")), put.context());
        Check untag = checks("RemoveTagsFromResource", "{\"ResourceType\":\"Parameter\",\"ResourceId\":\"/app/db\",\"TagKeys\":[\"env\"]}")
                .getFirst();
        assertEquals("arn:aws:ssm:eu-west-1:111122223333:parameter/app/db", untag.resource());
        assertEquals(Map.of("aws:TagKeys", List.of("env")), untag.context());
    }
}
