package dev.stratus.ssm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.AwsException;
import org.junit.jupiter.api.Test;

class ParameterNamesTest {

    static String refusal(String name) {
        return assertThrows(AwsException.class, () -> ParameterNames.checkNew(name)).code();
    }

    @Test
    void putParameterRefusesWhatAwsRefuses() {
        ParameterNames.checkNew("plain");
        ParameterNames.checkNew("/a/b-c/d_e.f");
        assertEquals("ValidationException", refusal("aws-thing"));
        assertEquals("ValidationException", refusal("/SSM/x"));
        assertEquals("AccessDeniedException", refusal("/aws/reference/x"));
        assertEquals("ValidationException", refusal("a/b"), "a path begins with a slash");
        assertEquals("ValidationException", refusal("/a//b"));
        assertEquals("ValidationException", refusal("/a/b/"));
        assertEquals("ValidationException", refusal("with space"));
        ParameterNames.checkNew("/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15");
        assertEquals("HierarchyLevelLimitExceededException", refusal("/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16"));
    }

    @Test
    void aSingleLevelNameIsKeptWithoutItsSlashAndItsArnHasOneSlash() {
        assertEquals("db", ParameterNames.key("/db"));
        assertEquals("db", ParameterNames.key("db"));
        assertEquals("/a/b", ParameterNames.key("/a/b"));
        assertEquals("arn:aws:ssm:eu-west-1:111122223333:parameter/a/b", ParameterNames.arn("eu-west-1", "111122223333", "/a/b"));
        assertEquals("arn:aws:ssm:eu-west-1:111122223333:parameter/db", ParameterNames.arn("eu-west-1", "111122223333", "/db"));
    }

    @Test
    void readsTakeNamesArnsVersionsAndLabels() {
        assertEquals(new ParameterNames.Selected("/a/b", null, null), ParameterNames.select("/a/b"));
        assertEquals(new ParameterNames.Selected("/a/b", 3L, null), ParameterNames.select("/a/b:3"));
        assertEquals(new ParameterNames.Selected("/a/b", null, "prod"), ParameterNames.select("/a/b:prod"));
        assertEquals(":prod", ParameterNames.select("/a/b:prod").selector());
        assertEquals(new ParameterNames.Selected("/a/b", 2L, null), ParameterNames.select("arn:aws:ssm:us-east-1:1:parameter/a/b:2"));
        assertEquals(new ParameterNames.Selected("db", null, null), ParameterNames.select("arn:aws:ssm:us-east-1:1:parameter/db"));
        assertNull(ParameterNames.select("/a:b:c"));
        assertNull(ParameterNames.select("/a:"));
        assertNull(ParameterNames.select("arn:aws:sqs:us-east-1:1:queue"));
        assertNull(ParameterNames.select("/a:99999999999999999999"));
    }
}
