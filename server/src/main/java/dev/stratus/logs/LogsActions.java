package dev.stratus.logs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.identity.ActionTable;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What IAM checks for each CloudWatch Logs operation (AWS's service authorization reference,
 * "Amazon CloudWatch Logs"). A log group named by logGroupName is checked as AWS checks it,
 * {@code log-group:NAME:log-stream:} (the resource AWS's denials name, so a policy needs
 * {@code log-group:NAME:*}, as AWS's documentation says), a stream as
 * {@code log-group:NAME:log-stream:STREAM}, a group given by ARN as given; DescribeLogGroups is on
 * {@code log-group::log-stream:}. Destinations and deliveries are on their ARNs; the rest on {@code *}.
 */
final class LogsActions {
    private LogsActions() {
    }

    static ActionTable table() {
        return ActionTable.of("logs")
                .on(LogsActions::group, "AssociateKmsKey", "CreateExportTask", "CreateLogGroup", "DeleteLogGroup", "DeleteMetricFilter",
                        "DeleteRetentionPolicy", "DeleteSubscriptionFilter", "DescribeLogStreams", "DescribeMetricFilters",
                        "DescribeSubscriptionFilters", "DisassociateKmsKey", "FilterLogEvents", "GetLogGroupFields", "ListTagsLogGroup",
                        "PutMetricFilter", "PutRetentionPolicy", "PutSubscriptionFilter", "TagLogGroup", "UntagLogGroup",
                        "DeleteDataProtectionPolicy", "DeleteIndexPolicy", "DeleteTransformer", "GetDataProtectionPolicy", "GetTransformer",
                        "PutBearerTokenAuthentication", "PutDataProtectionPolicy", "PutIndexPolicy", "PutLogGroupDeletionProtection",
                        "PutTransformer")
                .checks("StartQuery", LogsActions::queried)
                .on(LogsActions::stream, "CreateLogStream", "DeleteLogStream", "GetLogEvents", "PutLogEvents")
                .on((ctx, in) -> arn(ctx, "log-group::log-stream:"), "DescribeLogGroups")
                .on(ActionTable.arnIn("resourceArn"), "ListTagsForResource", "TagResource", "UntagResource")
                .on(ActionTable.named("logs", "destination:", "destinationName"), "DeleteDestination", "PutDestination", "PutDestinationPolicy")
                .on(ActionTable.named("logs", "delivery-source:", "name"), "DeleteDeliverySource", "GetDeliverySource", "PutDeliverySource")
                .on(ActionTable.named("logs", "delivery-destination:", "name"), "DeleteDeliveryDestination", "GetDeliveryDestination",
                        "PutDeliveryDestination")
                .on(ActionTable.named("logs", "delivery-destination:", "deliveryDestinationName"), "DeleteDeliveryDestinationPolicy",
                        "GetDeliveryDestinationPolicy", "PutDeliveryDestinationPolicy")
                .on(ActionTable.named("logs", "delivery:", "id"), "DeleteDelivery", "GetDelivery", "UpdateDeliveryConfiguration")
                .on(ActionTable.arnIn("anomalyDetectorArn"), "DeleteLogAnomalyDetector", "GetLogAnomalyDetector", "ListAnomalies",
                        "UpdateAnomaly", "UpdateLogAnomalyDetector")
                .on(ActionTable.arnIn("lookupTableArn"), "DeleteLookupTable", "GetLookupTable", "UpdateLookupTable")
                .build();
    }

    /** The group logGroupName names, as AWS checks it; or the group logGroupIdentifier names (a name or an ARN). */
    private static String group(RequestContext ctx, JsonNode in) {
        String name = ActionTable.text(in, "logGroupName");
        if (name != null) {
            return arn(ctx, "log-group:" + name + ":log-stream:");
        }
        String id = ActionTable.text(in, "logGroupIdentifier");
        if (id == null) {
            return null;
        }
        return Arn.isOf(id, "logs") ? id : arn(ctx, "log-group:" + id + ":log-stream:");
    }

    /** StartQuery is checked on each group it names (by logGroupName, logGroupNames or logGroupIdentifiers), or on * when it names none. */
    private static List<Actions.Check> queried(RequestContext ctx, JsonNode in) {
        List<String> named = new ArrayList<>();
        String one = ActionTable.text(in, "logGroupName");
        if (one != null) {
            named.add(one);
        }
        for (String member : List.of("logGroupNames", "logGroupIdentifiers")) {
            in.path(member).forEach(n -> {
                if (n.isTextual() && !n.asText().isEmpty()) {
                    named.add(n.asText());
                }
            });
        }
        if (named.isEmpty()) {
            return List.of(Actions.Check.of("logs:StartQuery", "*"));
        }
        return named.stream().distinct().map(n -> Actions.Check.of("logs:StartQuery",
                Arn.isOf(n, "logs") ? n : arn(ctx, "log-group:" + n + ":log-stream:"))).toList();
    }

    private static String stream(RequestContext ctx, JsonNode in) {
        String stream = ActionTable.text(in, "logStreamName");
        String name = ActionTable.text(in, "logGroupName");
        if (name == null) {
            String id = ActionTable.text(in, "logGroupIdentifier");
            name = id == null ? null : Arn.parse(id).flatMap(a -> a.resourceAfter("log-group:")).map(r -> r.split(":", 2)[0]).orElse(id);
        }
        if (name == null) {
            return null;
        }
        return arn(ctx, "log-group:" + name + ":log-stream:" + (stream == null ? "" : stream));
    }

    private static String arn(RequestContext ctx, String resource) {
        return Arn.of("logs", ctx.region(), ctx.accountId(), resource).toString();
    }
}
