package dev.stratus.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.identity.ActionTable;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for each Lambda operation (AWS's service authorization reference, "AWS
 * Lambda"): a function's operations are on its ARN, qualified when the request names a version or
 * alias (so a policy on {@code function:f} does not cover {@code function:f:prod}, as in AWS);
 * Invoke and InvokeWithResponseStream are {@code lambda:InvokeFunction}, GetLayerVersionByArn is
 * {@code lambda:GetLayerVersion}; event source mappings, layer versions, code signing configs and
 * capacity providers are on their own ARNs; listing is on {@code *}.
 */
final class LambdaActions {
    private LambdaActions() {
    }

    /**
     * The table, and {@code iam:PassRole} on the execution role a function is given
     * (iam:PassedToService lambda.amazonaws.com): without it a caller could run code as any role.
     */
    static Actions actions() {
        ActionTable table = table();
        return (ctx, input) -> {
            List<Actions.Check> checks = table.of(ctx, input);
            String role = input == null ? null : ActionTable.text(input, "Role");
            if (role == null || !(ctx.operation().equals("CreateFunction") || ctx.operation().equals("UpdateFunctionConfiguration"))) {
                return checks;
            }
            List<Actions.Check> withPass = new ArrayList<>(checks);
            withPass.add(new Actions.Check("iam:PassRole", role, Map.of("iam:PassedToService", List.of("lambda.amazonaws.com"))));
            return withPass;
        };
    }

    static ActionTable table() {
        return ActionTable.of("lambda")
                .action("Invoke", "InvokeFunction")
                .action("InvokeWithResponseStream", "InvokeFunction")
                .action("GetLayerVersionByArn", "GetLayerVersion")
                .on(LambdaActions::function, "AddPermission", "CreateAlias", "CreateFunction", "CreateFunctionUrlConfig", "DeleteAlias",
                        "DeleteFunction", "DeleteFunctionCodeSigningConfig", "DeleteFunctionConcurrency", "DeleteFunctionEventInvokeConfig",
                        "DeleteFunctionUrlConfig", "DeleteProvisionedConcurrencyConfig", "GetAlias", "GetFunction", "GetFunctionCodeSigningConfig",
                        "GetFunctionConcurrency", "GetFunctionConfiguration", "GetFunctionEventInvokeConfig", "GetFunctionRecursionConfig",
                        "GetFunctionScalingConfig", "GetFunctionUrlConfig", "GetPolicy", "GetProvisionedConcurrencyConfig",
                        "GetRuntimeManagementConfig", "Invoke", "InvokeAsync", "InvokeWithResponseStream", "ListAliases",
                        "ListDurableExecutionsByFunction", "ListFunctionEventInvokeConfigs", "ListFunctionUrlConfigs",
                        "ListProvisionedConcurrencyConfigs", "ListVersionsByFunction", "PublishVersion", "PutFunctionCodeSigningConfig",
                        "PutFunctionConcurrency", "PutFunctionEventInvokeConfig", "PutFunctionRecursionConfig", "PutFunctionScalingConfig",
                        "PutProvisionedConcurrencyConfig", "PutRuntimeManagementConfig", "RemovePermission", "UpdateAlias", "UpdateFunctionCode",
                        "UpdateFunctionConfiguration", "UpdateFunctionEventInvokeConfig", "UpdateFunctionUrlConfig")
                // The mapping's UUID is made by the call: AWS checks the pattern of every mapping.
                .on((ctx, in) -> arn(ctx, "event-source-mapping:*"), "CreateEventSourceMapping")
                .on(ActionTable.named("lambda", "event-source-mapping:", "UUID"), "DeleteEventSourceMapping", "GetEventSourceMapping", "UpdateEventSourceMapping")
                .keys(LambdaActions::functionArnKey, "CreateEventSourceMapping", "UpdateEventSourceMapping")
                .on(LambdaActions::layer, "PublishLayerVersion")
                .on(LambdaActions::layerVersion, "AddLayerVersionPermission", "DeleteLayerVersion", "GetLayerVersion", "GetLayerVersionPolicy",
                        "RemoveLayerVersionPermission")
                .on(ActionTable.arnIn("Arn"), "GetLayerVersionByArn")
                .on(ActionTable.arnIn("CodeSigningConfigArn"), "DeleteCodeSigningConfig", "GetCodeSigningConfig", "UpdateCodeSigningConfig",
                        "ListFunctionsByCodeSigningConfig")
                .on(ActionTable.named("lambda", "capacity-provider:", "CapacityProviderName"), "CreateCapacityProvider",
                        "DeleteCapacityProvider", "GetCapacityProvider", "UpdateCapacityProvider", "ListFunctionVersionsByCapacityProvider")
                .on(ActionTable.arnIn("DurableExecutionArn"), "CheckpointDurableExecution", "GetDurableExecution", "GetDurableExecutionHistory",
                        "GetDurableExecutionState", "StopDurableExecution")
                .on(ActionTable.arnIn("Resource"), "ListTags", "TagResource", "UntagResource")
                .build();
    }

    /**
     * The function FunctionName names in any of its forms, read as the service reads it
     * ({@link FunctionRef}), qualified by the name's {@code :qualifier} or the Qualifier member; a
     * name the service refuses is checked as given when it is an ARN.
     */
    private static String function(RequestContext ctx, JsonNode in) {
        String name = ActionTable.text(in, "FunctionName");
        if (name == null) {
            return null;
        }
        try {
            return FunctionRef.parse(ctx, name, ActionTable.text(in, "Qualifier")).invokedArn();
        } catch (AwsException e) {
            return Arn.isOf(name, "lambda") ? name : null;
        }
    }

    private static Map<String, List<String>> functionArnKey(RequestContext ctx, JsonNode in) {
        String f = function(ctx, in);
        return f == null ? Map.of() : Map.of("lambda:FunctionArn", List.of(f));
    }

    /** A layer as LayerName names it: a name of the caller's, or the layer's ARN. */
    private static String layer(RequestContext ctx, JsonNode in) {
        String name = ActionTable.text(in, "LayerName");
        return name == null || Arn.isOf(name, "lambda") ? name : arn(ctx, "layer:" + name);
    }

    private static String layerVersion(RequestContext ctx, JsonNode in) {
        String layer = layer(ctx, in);
        String version = in.path("VersionNumber").asText("");
        return layer != null && version.matches("\\d+") ? layer + ":" + version : layer;
    }

    private static String arn(RequestContext ctx, String resource) {
        return Arn.of("lambda", ctx.region(), ctx.accountId(), resource).toString();
    }
}
