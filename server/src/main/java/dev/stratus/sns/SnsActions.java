package dev.stratus.sns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.identity.ActionTable;
import dev.stratus.protocol.RequestContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for each SNS operation (AWS's service authorization reference, "Amazon SNS"):
 * the topic operations are on the topic's ARN, a subscription's on the topic it belongs to;
 * platform applications, endpoints, SMS and listing are on {@code *}. PublishBatch is
 * {@code sns:Publish}; Subscribe brings {@code sns:Protocol} and {@code sns:Endpoint}.
 */
final class SnsActions {
    private SnsActions() {
    }

    static ActionTable table() {
        return ActionTable.of("sns")
                .action("PublishBatch", "Publish")
                .on(ActionTable.arnIn("TopicArn"), "AddPermission", "ConfirmSubscription", "DeleteTopic", "GetTopicAttributes",
                        "ListSubscriptionsByTopic", "PublishBatch", "RemovePermission", "SetTopicAttributes", "Subscribe")
                .on(SnsActions::publishTarget, "Publish")
                .on(ActionTable.named("sns", "", "Name"), "CreateTopic")
                .on(ActionTable.arnIn("ResourceArn"), "GetDataProtectionPolicy", "PutDataProtectionPolicy", "ListTagsForResource",
                        "TagResource", "UntagResource")
                .on(SnsActions::topicOfSubscription, "GetSubscriptionAttributes", "SetSubscriptionAttributes", "Unsubscribe")
                .keys(SnsActions::subscription, "Subscribe")
                .build();
    }

    /** A topic, or the platform endpoint a TargetArn names; a message to a phone number has no resource. */
    private static String publishTarget(RequestContext ctx, JsonNode in) {
        String topic = ActionTable.arnIn("TopicArn").arn(ctx, in);
        return topic != null ? topic : ActionTable.arnIn("TargetArn").arn(ctx, in);
    }

    /** A subscription's ARN is its topic's with {@code :ID} after it. */
    private static String topicOfSubscription(RequestContext ctx, JsonNode in) {
        return Arn.parse(ActionTable.text(in, "SubscriptionArn")).filter(a -> a.service().equals("sns"))
                .map(a -> new Arn(a.partition(), a.service(), a.region(), a.account(), a.resource().split(":", 2)[0]).toString())
                .orElse(null);
    }

    private static Map<String, List<String>> subscription(RequestContext ctx, JsonNode in) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        String protocol = ActionTable.text(in, "Protocol");
        String endpoint = ActionTable.text(in, "Endpoint");
        if (protocol != null) {
            keys.put("sns:Protocol", List.of(protocol));
        }
        if (endpoint != null) {
            keys.put("sns:Endpoint", List.of(endpoint));
        }
        return keys;
    }
}
