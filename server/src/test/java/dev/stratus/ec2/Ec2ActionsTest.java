package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.Actions.Check;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What IAM is asked for EC2's operations. */
class Ec2ActionsTest {
    final Ec2Actions actions = new Ec2Actions();

    static RequestContext ctx(String operation) {
        return new RequestContext("r", "ec2", operation, "us-east-1", "111122223333", "k", "h",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::111122223333:root", "111122223333"));
    }

    @Test
    void resourcesNamedByIdAreChecked() {
        assertEquals(List.of(Check.of("ec2:StopInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0")),
                actions.of(ctx("StopInstances"), Json.tree(Map.of("InstanceIds", List.of("i-0123456789abcdef0")))));
        assertEquals(List.of(Check.of("ec2:DescribeInstances", "*")), actions.of(ctx("DescribeInstances"), Json.tree(Map.of())));
    }

    @Test
    void aKeyPairNamedByNameIsCheckedByItsArn() {
        assertEquals(List.of(Check.of("ec2:DeleteKeyPair", "arn:aws:ec2:us-east-1:111122223333:key-pair/prod")),
                actions.of(ctx("DeleteKeyPair"), Json.tree(Map.of("KeyName", "prod"))), "not *, which a Deny on key-pair/prod would not match");
        assertEquals(List.of(new Check("ec2:CreateKeyPair", "arn:aws:ec2:us-east-1:111122223333:key-pair/new",
                        Map.of("aws:RequestTag/Env", List.of("dev"), "aws:TagKeys", List.of("Env")))),
                actions.of(ctx("CreateKeyPair"), Json.tree(Map.of("KeyName", "new", "TagSpecifications",
                        List.of(Map.of("ResourceType", "key-pair", "Tags", List.of(Map.of("Key", "Env", "Value", "dev"))))))));
    }

    @Test
    void anInstancesAttributeIsReadOnTheInstance() {
        assertEquals(List.of(Check.of("ec2:DescribeInstanceAttribute", "arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0")),
                actions.of(ctx("DescribeInstanceAttribute"), Json.tree(Map.of("InstanceId", "i-0123456789abcdef0", "Attribute", "userData"))),
                "a Deny on the instance keeps its user data");
    }
}
