package dev.stratus.sns;

import static dev.stratus.platform.identity.ActionTables.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.ActionTables;
import dev.stratus.platform.identity.Actions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnsActionsTest {
    static final Actions TABLE = SnsActions.table();
    static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:alerts";

    @Test
    void everyOperationOfTheModelIsAnswered() {
        ActionTables.answersEveryOperation(TABLE, "sns");
    }

    @Test
    void publishBatchIsPublishOnTheTopic() {
        assertEquals(Actions.Check.of("sns:Publish", TOPIC), check(TABLE, "sns", "PublishBatch", "{\"TopicArn\":\"" + TOPIC + "\"}"));
        assertEquals(Actions.Check.of("sns:Publish", TOPIC), check(TABLE, "sns", "Publish", "{\"TopicArn\":\"" + TOPIC + "\"}"));
    }

    @Test
    void publishingToAnEndpointIsOnTheEndpointAndToAPhoneOnNothing() {
        String endpoint = "arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/1234";
        assertEquals(endpoint, check(TABLE, "sns", "Publish", "{\"TargetArn\":\"" + endpoint + "\"}").resource());
        assertEquals("*", check(TABLE, "sns", "Publish", "{\"PhoneNumber\":\"+15555550100\"}").resource());
    }

    @Test
    void createTopicIsOnTheTopicItNamesWithItsTags() {
        assertEquals(new Actions.Check("sns:CreateTopic", TOPIC, Map.of("aws:RequestTag/team", List.of("a"), "aws:TagKeys", List.of("team"))),
                check(TABLE, "sns", "CreateTopic", "{\"Name\":\"alerts\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"a\"}]}"));
    }

    @Test
    void aSubscriptionsOperationsAreOnItsTopic() {
        String sub = "{\"SubscriptionArn\":\"" + TOPIC + ":0f3c9a52-5d7e-4c1b-9f3a-2b1e8d6c4a10\"}";
        assertEquals(Actions.Check.of("sns:Unsubscribe", TOPIC), check(TABLE, "sns", "Unsubscribe", sub));
        assertEquals(Actions.Check.of("sns:GetSubscriptionAttributes", TOPIC), check(TABLE, "sns", "GetSubscriptionAttributes", sub));
        assertEquals("*", check(TABLE, "sns", "Unsubscribe", "{\"SubscriptionArn\":\"pending confirmation\"}").resource());
    }

    @Test
    void subscribeBringsProtocolAndEndpoint() {
        assertEquals(new Actions.Check("sns:Subscribe", TOPIC, Map.of("sns:Protocol", List.of("sqs"),
                        "sns:Endpoint", List.of("arn:aws:sqs:us-east-1:123456789012:q"))),
                check(TABLE, "sns", "Subscribe", "{\"TopicArn\":\"" + TOPIC + "\",\"Protocol\":\"sqs\",\"Endpoint\":\"arn:aws:sqs:us-east-1:123456789012:q\"}"));
    }

    @Test
    void tagOperationsAreOnTheResourceTheyName() {
        assertEquals(new Actions.Check("sns:UntagResource", TOPIC, Map.of("aws:TagKeys", List.of("team"))),
                check(TABLE, "sns", "UntagResource", "{\"ResourceArn\":\"" + TOPIC + "\",\"TagKeys\":[\"team\"]}"));
    }

    @Test
    void listingAndPlatformApplicationsAreOnEveryResource() {
        assertEquals(Actions.Check.of("sns:ListTopics", "*"), check(TABLE, "sns", "ListTopics", "{}"));
        assertEquals(Actions.Check.of("sns:CreatePlatformApplication", "*"), check(TABLE, "sns", "CreatePlatformApplication", "{\"Name\":\"app\"}"));
    }
}
