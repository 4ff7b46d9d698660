package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A function calls other services with a session of its execution role, as in AWS: its own
 * sts:GetCallerIdentity answers assumed-role/ROLE/FUNCTION; the session is renewed before it
 * expires, so a warm environment never calls with expired credentials. A role that does not exist,
 * or does not trust Lambda, is refused when the function is made.
 */
class LambdaRoleSessionIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static final ObjectMapper JSON = new ObjectMapper();
    static LambdaClient lambda;
    static IamClient iam;

    @BeforeAll
    static void clients() {
        lambda = Clients.lambda(STRATUS.endpoint());
        iam = Clients.iam(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        lambda.close();
        iam.close();
    }

    static String function(String role) {
        String name = "whoami-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12).handler("app.handler")
                .role(role).timeout(30).code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python")))));
        return name;
    }

    static JsonNode whoami(String function) throws Exception {
        InvokeResponse r = lambda.invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String("{\"action\": \"whoami\"}")));
        assertNull(r.functionError(), r.payload().asUtf8String());
        return JSON.readTree(r.payload().asUtf8String());
    }

    @Test
    void theFunctionCallsAsASessionOfItsRoleRenewedBeforeItExpires() throws Exception {
        String roleName = "fn-" + UUID.randomUUID().toString().substring(0, 8);
        var role = iam.createRole(b -> b.roleName(roleName).assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                + "\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")).role();
        String name = function(role.arn());
        JsonNode first = whoami(name);
        assertEquals("arn:aws:sts::000000000000:assumed-role/" + roleName + "/" + name, first.get("Arn").asText());
        assertEquals(role.roleId() + ":" + name, first.get("UserId").asText());
        assertTrue(first.get("KeyId").asText().startsWith("ASIA"));
        assertEquals(first.get("KeyId"), whoami(name).get("KeyId"));
        // Past the session's twelve hours less the hour of renewal: the next invocation has a new session, which works.
        STRATUS.advance(Duration.ofHours(11).plusMinutes(1));
        JsonNode renewed = whoami(name);
        assertNotEquals(first.get("KeyId"), renewed.get("KeyId"));
        assertEquals(first.get("Arn"), renewed.get("Arn"));
    }

    @Test
    void aRoleThatDoesNotExistOrDoesNotTrustLambdaIsRefusedAsAwsRefusesIt() {
        String distrusting = "other-" + UUID.randomUUID().toString().substring(0, 8);
        String arn = iam.createRole(b -> b.roleName(distrusting).assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                + "\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
        for (String role : new String[] {"arn:aws:iam::000000000000:role/not-there", arn}) {
            InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class, () -> function(role));
            assertEquals("The role defined for the function cannot be assumed by Lambda.", e.awsErrorDetails().errorMessage());
        }
    }
}
