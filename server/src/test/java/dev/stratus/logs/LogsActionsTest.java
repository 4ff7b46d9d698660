package dev.stratus.logs;

import static dev.stratus.platform.identity.ActionTables.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.ActionTables;
import dev.stratus.platform.identity.Actions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogsActionsTest {
    static final Actions TABLE = LogsActions.table();
    static final String GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/resize";

    @Test
    void everyOperationOfTheModelIsAnswered() {
        ActionTables.answersEveryOperation(TABLE, "logs");
    }

    @Test
    void aGroupNamedByNameIsCheckedAsAwsDenialsNameIt() {
        assertEquals(new Actions.Check("logs:CreateLogGroup", GROUP + ":log-stream:", Map.of("aws:RequestTag/team", List.of("a"),
                "aws:TagKeys", List.of("team"))), check(TABLE, "logs", "CreateLogGroup", "{\"logGroupName\":\"/aws/lambda/resize\",\"tags\":{\"team\":\"a\"}}"));
        assertEquals(GROUP + ":log-stream:", check(TABLE, "logs", "DescribeLogStreams", "{\"logGroupIdentifier\":\"/aws/lambda/resize\"}").resource());
        assertEquals(GROUP, check(TABLE, "logs", "FilterLogEvents", "{\"logGroupIdentifier\":\"" + GROUP + "\"}").resource());
        assertEquals("arn:aws:logs:us-east-1:123456789012:log-group::log-stream:", check(TABLE, "logs", "DescribeLogGroups", "{}").resource());
    }

    @Test
    void aQueryIsCheckedOnEachGroupItNames() {
        assertEquals(List.of(new Actions.Check("logs:StartQuery", GROUP + ":log-stream:", Map.of()),
                new Actions.Check("logs:StartQuery", GROUP + "-2", Map.of())), ActionTables.checks(TABLE, "logs", "StartQuery",
                "{\"logGroupIdentifiers\":[\"/aws/lambda/resize\",\"" + GROUP + "-2\"]}"));
        assertEquals(GROUP + ":log-stream:", check(TABLE, "logs", "StartQuery", "{\"logGroupName\":\"/aws/lambda/resize\"}").resource());
        assertEquals("*", check(TABLE, "logs", "StartQuery", "{\"queryString\":\"fields a\"}").resource());
    }

    @Test
    void streamsAreOnTheirOwnArn() {
        String in = "{\"logGroupName\":\"/aws/lambda/resize\",\"logStreamName\":\"2026/01/01/[$LATEST]abc\"}";
        assertEquals(GROUP + ":log-stream:2026/01/01/[$LATEST]abc", check(TABLE, "logs", "PutLogEvents", in).resource());
        assertEquals(GROUP + ":log-stream:2026/01/01/[$LATEST]abc", check(TABLE, "logs", "CreateLogStream", in).resource());
        assertEquals(GROUP + ":log-stream:s", check(TABLE, "logs", "GetLogEvents",
                "{\"logGroupIdentifier\":\"" + GROUP + "\",\"logStreamName\":\"s\"}").resource());
    }

    @Test
    void untaggingALogGroupGivesTheKeys() {
        assertEquals(Map.of("aws:TagKeys", List.of("team")),
                check(TABLE, "logs", "UntagLogGroup", "{\"logGroupName\":\"g\",\"tags\":[\"team\"]}").context());
        assertEquals(Map.of("aws:TagKeys", List.of("team")),
                check(TABLE, "logs", "UntagResource", "{\"resourceArn\":\"" + GROUP + "\",\"tagKeys\":[\"team\"]}").context());
    }

    @Test
    void destinationsAreOnTheirArn() {
        assertEquals("arn:aws:logs:us-east-1:123456789012:destination:d", check(TABLE, "logs", "PutDestination", "{\"destinationName\":\"d\"}").resource());
    }
}
