package dev.stratus.lambda;

import static dev.stratus.platform.identity.ActionTables.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.ActionTables;
import dev.stratus.platform.identity.Actions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaActionsTest {
    static final Actions TABLE = LambdaActions.table();
    static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:resize";

    @Test
    void everyOperationOfTheModelIsAnswered() {
        ActionTables.answersEveryOperation(TABLE, "lambda");
    }

    @Test
    void invokingIsInvokeFunctionOnTheFunctionInEveryFormOfItsName() {
        for (String name : List.of("resize", FN, "123456789012:function:resize")) {
            assertEquals(Actions.Check.of("lambda:InvokeFunction", FN), check(TABLE, "lambda", "Invoke", "{\"FunctionName\":\"" + name + "\"}"));
        }
        assertEquals(Actions.Check.of("lambda:InvokeFunction", FN),
                check(TABLE, "lambda", "InvokeWithResponseStream", "{\"FunctionName\":\"resize\"}"));
        assertEquals(Actions.Check.of("lambda:InvokeAsync", FN), check(TABLE, "lambda", "InvokeAsync", "{\"FunctionName\":\"resize\"}"));
    }

    @Test
    void aQualifierInTheNameOrBesideItIsInTheArnChecked() {
        for (String in : List.of("{\"FunctionName\":\"resize:prod\"}", "{\"FunctionName\":\"resize\",\"Qualifier\":\"prod\"}",
                "{\"FunctionName\":\"" + FN + ":prod\"}", "{\"FunctionName\":\"123456789012:function:resize:prod\",\"Qualifier\":\"prod\"}")) {
            assertEquals(FN + ":prod", check(TABLE, "lambda", "Invoke", in).resource(), in);
        }
        assertEquals(FN + ":3", check(TABLE, "lambda", "GetFunction", "{\"FunctionName\":\"resize\",\"Qualifier\":\"3\"}").resource());
    }

    @Test
    void aNameTheServiceRefusesIsCheckedAsGivenWhenItIsAnArn() {
        String elsewhere = "arn:aws:lambda:eu-west-1:210987654321:function:other";
        assertEquals(elsewhere, check(TABLE, "lambda", "Invoke", "{\"FunctionName\":\"" + elsewhere + "\"}").resource());
        assertEquals("*", check(TABLE, "lambda", "Invoke", "{\"FunctionName\":\"resize:\"}").resource());
        assertEquals("*", check(TABLE, "lambda", "Invoke", "{\"FunctionName\":\"resize:a\",\"Qualifier\":\"b\"}").resource());
    }

    @Test
    void createFunctionIsOnTheFunctionWithItsTags() {
        assertEquals(new Actions.Check("lambda:CreateFunction", FN, Map.of("aws:RequestTag/team", List.of("a"), "aws:TagKeys", List.of("team"))),
                check(TABLE, "lambda", "CreateFunction", "{\"FunctionName\":\"resize\",\"Tags\":{\"team\":\"a\"}}"));
    }

    @Test
    void eventSourceMappingsAreOnTheirArnsWithTheirFunction() {
        String esm = "arn:aws:lambda:us-east-1:123456789012:event-source-mapping:";
        assertEquals(new Actions.Check("lambda:CreateEventSourceMapping", esm + "*", Map.of("lambda:FunctionArn", List.of(FN))),
                check(TABLE, "lambda", "CreateEventSourceMapping", "{\"FunctionName\":\"resize\",\"EventSourceArn\":\"arn:aws:sqs:us-east-1:123456789012:q\"}"));
        String uuid = "a1b2c3d4-5678-90ab-cdef-11111EXAMPLE";
        assertEquals(Actions.Check.of("lambda:DeleteEventSourceMapping", esm + uuid),
                check(TABLE, "lambda", "DeleteEventSourceMapping", "{\"UUID\":\"" + uuid + "\"}"));
        assertEquals(new Actions.Check("lambda:UpdateEventSourceMapping", esm + uuid, Map.of("lambda:FunctionArn", List.of(FN + ":prod"))),
                check(TABLE, "lambda", "UpdateEventSourceMapping", "{\"UUID\":\"" + uuid + "\",\"FunctionName\":\"resize:prod\"}"));
    }

    @Test
    void layersAreOnTheLayerOrItsVersion() {
        String layer = "arn:aws:lambda:us-east-1:123456789012:layer:deps";
        assertEquals(layer, check(TABLE, "lambda", "PublishLayerVersion", "{\"LayerName\":\"deps\"}").resource());
        assertEquals(layer + ":3", check(TABLE, "lambda", "GetLayerVersion", "{\"LayerName\":\"deps\",\"VersionNumber\":3}").resource());
        assertEquals(layer + ":3", check(TABLE, "lambda", "DeleteLayerVersion", "{\"LayerName\":\"" + layer + "\",\"VersionNumber\":\"3\"}").resource());
        assertEquals(Actions.Check.of("lambda:GetLayerVersion", layer + ":3"),
                check(TABLE, "lambda", "GetLayerVersionByArn", "{\"Arn\":\"" + layer + ":3\"}"));
    }

    @Test
    void tagsAreOnTheResourceTheyName() {
        assertEquals(new Actions.Check("lambda:TagResource", FN, Map.of("aws:RequestTag/env", List.of("prod"), "aws:TagKeys", List.of("env"))),
                check(TABLE, "lambda", "TagResource", "{\"Resource\":\"" + FN + "\",\"Tags\":{\"env\":\"prod\"}}"));
    }

    @Test
    void listingFunctionsIsOnEveryResource() {
        assertEquals(Actions.Check.of("lambda:ListFunctions", "*"), check(TABLE, "lambda", "ListFunctions", "{}"));
        assertEquals(Actions.Check.of("lambda:ListEventSourceMappings", "*"), check(TABLE, "lambda", "ListEventSourceMappings", "{\"FunctionName\":\"resize\"}"));
    }
}
