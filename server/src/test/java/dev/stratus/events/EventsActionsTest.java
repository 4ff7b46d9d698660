package dev.stratus.events;

import static dev.stratus.platform.identity.ActionTables.check;
import static dev.stratus.platform.identity.ActionTables.checks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.ActionTables;
import dev.stratus.platform.identity.Actions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsActionsTest {
    static final Actions TABLE = EventsActions.table();
    static final String PREFIX = "arn:aws:events:us-east-1:123456789012:";

    @Test
    void everyOperationOfTheModelIsAnswered() {
        ActionTables.answersEveryOperation(TABLE, "events");
    }

    @Test
    void aRuleOnTheDefaultBusIsRuleNameAndOnAnotherRuleBusName() {
        assertEquals(PREFIX + "rule/nightly", check(TABLE, "events", "DescribeRule", "{\"Name\":\"nightly\"}").resource());
        assertEquals(PREFIX + "rule/nightly", check(TABLE, "events", "DescribeRule", "{\"Name\":\"nightly\",\"EventBusName\":\"default\"}").resource());
        assertEquals(PREFIX + "rule/orders/nightly", check(TABLE, "events", "EnableRule", "{\"Name\":\"nightly\",\"EventBusName\":\"orders\"}").resource());
        assertEquals(PREFIX + "rule/orders/nightly", check(TABLE, "events", "PutTargets",
                "{\"Rule\":\"nightly\",\"EventBusName\":\"" + PREFIX + "event-bus/orders\"}").resource());
        assertEquals("arn:aws:events:eu-west-1:210987654321:rule/shared/r", check(TABLE, "events", "ListTargetsByRule",
                "{\"Rule\":\"r\",\"EventBusName\":\"arn:aws:events:eu-west-1:210987654321:event-bus/shared\"}").resource());
    }

    @Test
    void putRuleBringsTheSourcesAndDetailTypesOfItsPatternAndItsTags() {
        assertEquals(new Actions.Check("events:PutRule", PREFIX + "rule/r", Map.of("events:source", List.of("my.app"),
                        "events:detail-type", List.of("Order Placed"), "aws:RequestTag/team", List.of("a"), "aws:TagKeys", List.of("team"))),
                check(TABLE, "events", "PutRule", "{\"Name\":\"r\",\"EventPattern\":\"{\\\"source\\\":[\\\"my.app\\\"],"
                        + "\\\"detail-type\\\":[\\\"Order Placed\\\"]}\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"a\"}]}"));
        assertEquals(Map.of(), check(TABLE, "events", "PutRule", "{\"Name\":\"r\",\"EventPattern\":\"not json\"}").context());
    }

    @Test
    void putTargetsBringsTheTargetArns() {
        assertEquals(Map.of("events:TargetArn", List.of("arn:aws:sqs:us-east-1:123456789012:q")), check(TABLE, "events", "PutTargets",
                "{\"Rule\":\"r\",\"Targets\":[{\"Id\":\"1\",\"Arn\":\"arn:aws:sqs:us-east-1:123456789012:q\"}]}").context());
    }

    @Test
    void putEventsIsOneCheckOnEachBusItsEntriesName() {
        List<Actions.Check> checks = checks(TABLE, "events", "PutEvents", "{\"Entries\":["
                + "{\"Source\":\"a\",\"DetailType\":\"x\"},"
                + "{\"Source\":\"b\",\"DetailType\":\"x\",\"EventBusName\":\"orders\"},"
                + "{\"Source\":\"c\",\"DetailType\":\"y\",\"EventBusName\":\"" + PREFIX + "event-bus/orders\"},"
                + "{\"Source\":\"a\",\"DetailType\":\"x\",\"EventBusName\":\"default\"}]}");
        assertEquals(List.of(
                new Actions.Check("events:PutEvents", PREFIX + "event-bus/default", Map.of("events:source", List.of("a"), "events:detail-type", List.of("x"))),
                new Actions.Check("events:PutEvents", PREFIX + "event-bus/orders",
                        Map.of("events:source", List.of("b", "c"), "events:detail-type", List.of("x", "y")))), checks);
        assertEquals(List.of(Actions.Check.of("events:PutEvents", PREFIX + "event-bus/default")), checks(TABLE, "events", "PutEvents", "{}"));
    }

    @Test
    void busesAndTheirPermissionsAreOnTheBus() {
        assertEquals(PREFIX + "event-bus/orders", check(TABLE, "events", "CreateEventBus", "{\"Name\":\"orders\"}").resource());
        assertEquals(PREFIX + "event-bus/default", check(TABLE, "events", "DescribeEventBus", "{}").resource());
        assertEquals(PREFIX + "event-bus/default", check(TABLE, "events", "PutPermission", "{\"Action\":\"events:PutEvents\"}").resource());
        assertEquals(PREFIX + "event-bus/orders", check(TABLE, "events", "RemovePermission", "{\"EventBusName\":\"orders\"}").resource());
    }

    @Test
    void archivesConnectionsApiDestinationsEndpointsAndEventSourcesAreOnTheirArns() {
        assertEquals(PREFIX + "archive/a", check(TABLE, "events", "CreateArchive", "{\"ArchiveName\":\"a\"}").resource());
        assertEquals(PREFIX + "connection/c", check(TABLE, "events", "DescribeConnection", "{\"Name\":\"c\"}").resource());
        assertEquals(PREFIX + "api-destination/d", check(TABLE, "events", "UpdateApiDestination", "{\"Name\":\"d\"}").resource());
        assertEquals(PREFIX + "endpoint/e", check(TABLE, "events", "DeleteEndpoint", "{\"Name\":\"e\"}").resource());
        assertEquals(PREFIX + "replay/r", check(TABLE, "events", "DescribeReplay", "{\"ReplayName\":\"r\"}").resource());
        assertEquals("arn:aws:events:us-east-1::event-source/aws.partner/saas/1", check(TABLE, "events", "ActivateEventSource",
                "{\"Name\":\"aws.partner/saas/1\"}").resource());
    }

    @Test
    void listingIsOnEveryResource() {
        assertEquals(Actions.Check.of("events:ListRules", "*"), check(TABLE, "events", "ListRules", "{\"EventBusName\":\"orders\"}"));
        assertEquals(Actions.Check.of("events:TestEventPattern", "*"), check(TABLE, "events", "TestEventPattern", "{}"));
    }
}
