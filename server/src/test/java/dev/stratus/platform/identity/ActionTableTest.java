package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionTableTest {
    static final ActionTable TABLE = ActionTable.of("svc")
            .action("PutThingBatch", "PutThing")
            .on(ActionTable.named("svc", "thing/", "Name"), "PutThing", "PutThingBatch", "TagThing")
            .on((ctx, in) -> {
                throw new IllegalStateException("odd input");
            }, "Broken")
            .keys((ctx, in) -> Map.of("svc:Colour", List.of(in.path("Colour").asText())), "PutThing")
            .checks("PutMany", (ctx, in) -> List.of(Actions.Check.of("svc:PutThing", "a"), Actions.Check.of("svc:PutThing", "b")))
            .build();

    static RequestContext ctx(String service, String operation, String region) {
        return new RequestContext("r", service, operation, region, "123456789012", "AKID", "localhost",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::123456789012:root", "123456789012"));
    }

    static List<Actions.Check> checks(Actions table, String service, String op, String json) {
        return table.of(ctx(service, op, "us-east-1"), json == null ? null : Json.parse(json));
    }

    static Actions.Check check(Actions table, String service, String op, String json) {
        List<Actions.Check> checks = checks(table, service, op, json);
        assertEquals(1, checks.size(), checks.toString());
        return checks.getFirst();
    }

    @Test
    void anOperationIsTheActionOfItsNameOnNoResourceUnlessTheTableSaysMore() {
        assertEquals(Actions.Check.of("svc:ListThings", "*"), check(TABLE, "svc", "ListThings", "{}"));
        assertEquals(Actions.Check.of("svc:ListThings", "*"), check(TABLE, "svc", "ListThings", null));
    }

    @Test
    void renamedOperationsAskForTheActionTheyShare() {
        Actions.Check c = check(TABLE, "svc", "PutThingBatch", "{\"Name\":\"t\"}");
        assertEquals("svc:PutThing", c.action());
        assertEquals("arn:aws:svc:us-east-1:123456789012:thing/t", c.resource());
    }

    @Test
    void theResourceIsInThePartitionOfTheRegionAndAnArnIsTakenAsGiven() {
        assertEquals("arn:aws-cn:svc:cn-north-1:123456789012:thing/t",
                TABLE.of(ctx("svc", "PutThing", "cn-north-1"), Json.parse("{\"Name\":\"t\"}")).getFirst().resource());
        assertEquals("arn:aws:svc:eu-west-1:210987654321:thing/other",
                check(TABLE, "svc", "PutThing", "{\"Name\":\"arn:aws:svc:eu-west-1:210987654321:thing/other\"}").resource());
    }

    @Test
    void aResourceTheRequestDoesNotNameOrThatCannotBeReadIsEveryResource() {
        assertEquals("*", check(TABLE, "svc", "PutThing", "{}").resource());
        assertEquals("*", check(TABLE, "svc", "PutThing", "{\"Name\":42}").resource());
        assertEquals("*", check(TABLE, "svc", "Broken", "{\"Name\":\"t\"}").resource());
    }

    @Test
    void serviceKeysAreAddedToTheTagKeys() {
        Actions.Check c = check(TABLE, "svc", "PutThing", "{\"Name\":\"t\",\"Colour\":\"red\",\"Tags\":{\"team\":\"a\"}}");
        assertEquals(Map.of("svc:Colour", List.of("red"), "aws:RequestTag/team", List.of("a"), "aws:TagKeys", List.of("team")), c.context());
    }

    @Test
    void anOperationOnSeveralResourcesAsksSeveralChecks() {
        assertEquals(List.of(Actions.Check.of("svc:PutThing", "a"), Actions.Check.of("svc:PutThing", "b")), checks(TABLE, "svc", "PutMany", "{}"));
    }

    @Test
    void tagsAreReadAsAMapOrAsAListOfKeyAndValue() {
        Map<String, List<String>> expected = Map.of("aws:RequestTag/team", List.of("a"), "aws:RequestTag/env", List.of("prod"),
                "aws:TagKeys", List.of("team", "env"));
        assertEquals(expected, tagKeys("{\"Tags\":{\"team\":\"a\",\"env\":\"prod\"}}"));
        assertEquals(expected, tagKeys("{\"tags\":{\"team\":\"a\",\"env\":\"prod\"}}"));
        assertEquals(expected, tagKeys("{\"Tags\":[{\"Key\":\"team\",\"Value\":\"a\"},{\"Key\":\"env\",\"Value\":\"prod\"}]}"));
        assertEquals(Map.of("aws:RequestTag/empty", List.of(""), "aws:TagKeys", List.of("empty")), tagKeys("{\"Tags\":[{\"Key\":\"empty\"}]}"));
    }

    @Test
    void removedTagsGiveTheirKeysOnly() {
        assertEquals(Map.of("aws:TagKeys", List.of("team", "env")), tagKeys("{\"TagKeys\":[\"team\",\"env\"]}"));
        assertEquals(Map.of("aws:TagKeys", List.of("team")), tagKeys("{\"tagKeys\":[\"team\"]}"));
        // CloudWatch Logs' UntagLogGroup names the keys it removes "tags".
        assertEquals(Map.of("aws:TagKeys", List.of("team")), tagKeys("{\"tags\":[\"team\"]}"));
        assertEquals(Map.of(), tagKeys("{\"Tags\":\"odd\",\"TagKeys\":{\"a\":1}}"));
    }

    private static Map<String, List<String>> tagKeys(String json) {
        JsonNode in = Json.parse(json);
        return ActionTable.tagKeys(in);
    }
}
