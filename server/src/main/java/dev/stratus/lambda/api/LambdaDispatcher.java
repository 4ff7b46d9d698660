// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class LambdaDispatcher implements ServiceDispatcher {
    private final LambdaApi api;

    public LambdaDispatcher(LambdaApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AddLayerVersionPermission":
                return api.addLayerVersionPermission(context, Json.read(input, AddLayerVersionPermissionRequest.class));
            case "AddPermission":
                return api.addPermission(context, Json.read(input, AddPermissionRequest.class));
            case "CheckpointDurableExecution":
                return api.checkpointDurableExecution(context, Json.read(input, CheckpointDurableExecutionRequest.class));
            case "CreateAlias":
                return api.createAlias(context, Json.read(input, CreateAliasRequest.class));
            case "CreateCapacityProvider":
                return api.createCapacityProvider(context, Json.read(input, CreateCapacityProviderRequest.class));
            case "CreateCodeSigningConfig":
                return api.createCodeSigningConfig(context, Json.read(input, CreateCodeSigningConfigRequest.class));
            case "CreateEventSourceMapping":
                return api.createEventSourceMapping(context, Json.read(input, CreateEventSourceMappingRequest.class));
            case "CreateFunction":
                return api.createFunction(context, Json.read(input, CreateFunctionRequest.class));
            case "CreateFunctionUrlConfig":
                return api.createFunctionUrlConfig(context, Json.read(input, CreateFunctionUrlConfigRequest.class));
            case "DeleteAlias":
                api.deleteAlias(context, Json.read(input, DeleteAliasRequest.class));
                return null;
            case "DeleteCapacityProvider":
                return api.deleteCapacityProvider(context, Json.read(input, DeleteCapacityProviderRequest.class));
            case "DeleteCodeSigningConfig":
                return api.deleteCodeSigningConfig(context, Json.read(input, DeleteCodeSigningConfigRequest.class));
            case "DeleteEventSourceMapping":
                return api.deleteEventSourceMapping(context, Json.read(input, DeleteEventSourceMappingRequest.class));
            case "DeleteFunction":
                return api.deleteFunction(context, Json.read(input, DeleteFunctionRequest.class));
            case "DeleteFunctionCodeSigningConfig":
                api.deleteFunctionCodeSigningConfig(context, Json.read(input, DeleteFunctionCodeSigningConfigRequest.class));
                return null;
            case "DeleteFunctionConcurrency":
                api.deleteFunctionConcurrency(context, Json.read(input, DeleteFunctionConcurrencyRequest.class));
                return null;
            case "DeleteFunctionEventInvokeConfig":
                api.deleteFunctionEventInvokeConfig(context, Json.read(input, DeleteFunctionEventInvokeConfigRequest.class));
                return null;
            case "DeleteFunctionUrlConfig":
                api.deleteFunctionUrlConfig(context, Json.read(input, DeleteFunctionUrlConfigRequest.class));
                return null;
            case "DeleteLayerVersion":
                api.deleteLayerVersion(context, Json.read(input, DeleteLayerVersionRequest.class));
                return null;
            case "DeleteProvisionedConcurrencyConfig":
                api.deleteProvisionedConcurrencyConfig(context, Json.read(input, DeleteProvisionedConcurrencyConfigRequest.class));
                return null;
            case "GetAccountSettings":
                return api.getAccountSettings(context, Json.read(input, GetAccountSettingsRequest.class));
            case "GetAlias":
                return api.getAlias(context, Json.read(input, GetAliasRequest.class));
            case "GetCapacityProvider":
                return api.getCapacityProvider(context, Json.read(input, GetCapacityProviderRequest.class));
            case "GetCodeSigningConfig":
                return api.getCodeSigningConfig(context, Json.read(input, GetCodeSigningConfigRequest.class));
            case "GetDurableExecution":
                return api.getDurableExecution(context, Json.read(input, GetDurableExecutionRequest.class));
            case "GetDurableExecutionHistory":
                return api.getDurableExecutionHistory(context, Json.read(input, GetDurableExecutionHistoryRequest.class));
            case "GetDurableExecutionState":
                return api.getDurableExecutionState(context, Json.read(input, GetDurableExecutionStateRequest.class));
            case "GetEventSourceMapping":
                return api.getEventSourceMapping(context, Json.read(input, GetEventSourceMappingRequest.class));
            case "GetFunction":
                return api.getFunction(context, Json.read(input, GetFunctionRequest.class));
            case "GetFunctionCodeSigningConfig":
                return api.getFunctionCodeSigningConfig(context, Json.read(input, GetFunctionCodeSigningConfigRequest.class));
            case "GetFunctionConcurrency":
                return api.getFunctionConcurrency(context, Json.read(input, GetFunctionConcurrencyRequest.class));
            case "GetFunctionConfiguration":
                return api.getFunctionConfiguration(context, Json.read(input, GetFunctionConfigurationRequest.class));
            case "GetFunctionEventInvokeConfig":
                return api.getFunctionEventInvokeConfig(context, Json.read(input, GetFunctionEventInvokeConfigRequest.class));
            case "GetFunctionRecursionConfig":
                return api.getFunctionRecursionConfig(context, Json.read(input, GetFunctionRecursionConfigRequest.class));
            case "GetFunctionScalingConfig":
                return api.getFunctionScalingConfig(context, Json.read(input, GetFunctionScalingConfigRequest.class));
            case "GetFunctionUrlConfig":
                return api.getFunctionUrlConfig(context, Json.read(input, GetFunctionUrlConfigRequest.class));
            case "GetLayerVersion":
                return api.getLayerVersion(context, Json.read(input, GetLayerVersionRequest.class));
            case "GetLayerVersionByArn":
                return api.getLayerVersionByArn(context, Json.read(input, GetLayerVersionByArnRequest.class));
            case "GetLayerVersionPolicy":
                return api.getLayerVersionPolicy(context, Json.read(input, GetLayerVersionPolicyRequest.class));
            case "GetPolicy":
                return api.getPolicy(context, Json.read(input, GetPolicyRequest.class));
            case "GetProvisionedConcurrencyConfig":
                return api.getProvisionedConcurrencyConfig(context, Json.read(input, GetProvisionedConcurrencyConfigRequest.class));
            case "GetRuntimeManagementConfig":
                return api.getRuntimeManagementConfig(context, Json.read(input, GetRuntimeManagementConfigRequest.class));
            case "Invoke":
                return api.invoke(context, Json.read(input, InvocationRequest.class));
            case "InvokeAsync":
                return api.invokeAsync(context, Json.read(input, InvokeAsyncRequest.class));
            case "InvokeWithResponseStream":
                return api.invokeWithResponseStream(context, Json.read(input, InvokeWithResponseStreamRequest.class));
            case "ListAliases":
                return api.listAliases(context, Json.read(input, ListAliasesRequest.class));
            case "ListCapacityProviders":
                return api.listCapacityProviders(context, Json.read(input, ListCapacityProvidersRequest.class));
            case "ListCodeSigningConfigs":
                return api.listCodeSigningConfigs(context, Json.read(input, ListCodeSigningConfigsRequest.class));
            case "ListDurableExecutionsByFunction":
                return api.listDurableExecutionsByFunction(context, Json.read(input, ListDurableExecutionsByFunctionRequest.class));
            case "ListEventSourceMappings":
                return api.listEventSourceMappings(context, Json.read(input, ListEventSourceMappingsRequest.class));
            case "ListFunctionEventInvokeConfigs":
                return api.listFunctionEventInvokeConfigs(context, Json.read(input, ListFunctionEventInvokeConfigsRequest.class));
            case "ListFunctionUrlConfigs":
                return api.listFunctionUrlConfigs(context, Json.read(input, ListFunctionUrlConfigsRequest.class));
            case "ListFunctionVersionsByCapacityProvider":
                return api.listFunctionVersionsByCapacityProvider(context, Json.read(input, ListFunctionVersionsByCapacityProviderRequest.class));
            case "ListFunctions":
                return api.listFunctions(context, Json.read(input, ListFunctionsRequest.class));
            case "ListFunctionsByCodeSigningConfig":
                return api.listFunctionsByCodeSigningConfig(context, Json.read(input, ListFunctionsByCodeSigningConfigRequest.class));
            case "ListLayerVersions":
                return api.listLayerVersions(context, Json.read(input, ListLayerVersionsRequest.class));
            case "ListLayers":
                return api.listLayers(context, Json.read(input, ListLayersRequest.class));
            case "ListProvisionedConcurrencyConfigs":
                return api.listProvisionedConcurrencyConfigs(context, Json.read(input, ListProvisionedConcurrencyConfigsRequest.class));
            case "ListTags":
                return api.listTags(context, Json.read(input, ListTagsRequest.class));
            case "ListVersionsByFunction":
                return api.listVersionsByFunction(context, Json.read(input, ListVersionsByFunctionRequest.class));
            case "PublishLayerVersion":
                return api.publishLayerVersion(context, Json.read(input, PublishLayerVersionRequest.class));
            case "PublishVersion":
                return api.publishVersion(context, Json.read(input, PublishVersionRequest.class));
            case "PutFunctionCodeSigningConfig":
                return api.putFunctionCodeSigningConfig(context, Json.read(input, PutFunctionCodeSigningConfigRequest.class));
            case "PutFunctionConcurrency":
                return api.putFunctionConcurrency(context, Json.read(input, PutFunctionConcurrencyRequest.class));
            case "PutFunctionEventInvokeConfig":
                return api.putFunctionEventInvokeConfig(context, Json.read(input, PutFunctionEventInvokeConfigRequest.class));
            case "PutFunctionRecursionConfig":
                return api.putFunctionRecursionConfig(context, Json.read(input, PutFunctionRecursionConfigRequest.class));
            case "PutFunctionScalingConfig":
                return api.putFunctionScalingConfig(context, Json.read(input, PutFunctionScalingConfigRequest.class));
            case "PutProvisionedConcurrencyConfig":
                return api.putProvisionedConcurrencyConfig(context, Json.read(input, PutProvisionedConcurrencyConfigRequest.class));
            case "PutRuntimeManagementConfig":
                return api.putRuntimeManagementConfig(context, Json.read(input, PutRuntimeManagementConfigRequest.class));
            case "RemoveLayerVersionPermission":
                api.removeLayerVersionPermission(context, Json.read(input, RemoveLayerVersionPermissionRequest.class));
                return null;
            case "RemovePermission":
                api.removePermission(context, Json.read(input, RemovePermissionRequest.class));
                return null;
            case "SendDurableExecutionCallbackFailure":
                return api.sendDurableExecutionCallbackFailure(context, Json.read(input, SendDurableExecutionCallbackFailureRequest.class));
            case "SendDurableExecutionCallbackHeartbeat":
                return api.sendDurableExecutionCallbackHeartbeat(context, Json.read(input, SendDurableExecutionCallbackHeartbeatRequest.class));
            case "SendDurableExecutionCallbackSuccess":
                return api.sendDurableExecutionCallbackSuccess(context, Json.read(input, SendDurableExecutionCallbackSuccessRequest.class));
            case "StopDurableExecution":
                return api.stopDurableExecution(context, Json.read(input, StopDurableExecutionRequest.class));
            case "TagResource":
                api.tagResource(context, Json.read(input, TagResourceRequest.class));
                return null;
            case "UntagResource":
                api.untagResource(context, Json.read(input, UntagResourceRequest.class));
                return null;
            case "UpdateAlias":
                return api.updateAlias(context, Json.read(input, UpdateAliasRequest.class));
            case "UpdateCapacityProvider":
                return api.updateCapacityProvider(context, Json.read(input, UpdateCapacityProviderRequest.class));
            case "UpdateCodeSigningConfig":
                return api.updateCodeSigningConfig(context, Json.read(input, UpdateCodeSigningConfigRequest.class));
            case "UpdateEventSourceMapping":
                return api.updateEventSourceMapping(context, Json.read(input, UpdateEventSourceMappingRequest.class));
            case "UpdateFunctionCode":
                return api.updateFunctionCode(context, Json.read(input, UpdateFunctionCodeRequest.class));
            case "UpdateFunctionConfiguration":
                return api.updateFunctionConfiguration(context, Json.read(input, UpdateFunctionConfigurationRequest.class));
            case "UpdateFunctionEventInvokeConfig":
                return api.updateFunctionEventInvokeConfig(context, Json.read(input, UpdateFunctionEventInvokeConfigRequest.class));
            case "UpdateFunctionUrlConfig":
                return api.updateFunctionUrlConfig(context, Json.read(input, UpdateFunctionUrlConfigRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
