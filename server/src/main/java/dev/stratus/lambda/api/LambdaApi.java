// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of lambda, one method each; those a service does not override answer 501. */
public interface LambdaApi {

    default AddLayerVersionPermissionResponse addLayerVersionPermission(RequestContext context, AddLayerVersionPermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AddPermissionResponse addPermission(RequestContext context, AddPermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CheckpointDurableExecutionResponse checkpointDurableExecution(RequestContext context, CheckpointDurableExecutionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AliasConfiguration createAlias(RequestContext context, CreateAliasRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCapacityProviderResponse createCapacityProvider(RequestContext context, CreateCapacityProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCodeSigningConfigResponse createCodeSigningConfig(RequestContext context, CreateCodeSigningConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EventSourceMappingConfiguration createEventSourceMapping(RequestContext context, CreateEventSourceMappingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default FunctionConfiguration createFunction(RequestContext context, CreateFunctionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateFunctionUrlConfigResponse createFunctionUrlConfig(RequestContext context, CreateFunctionUrlConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteAlias(RequestContext context, DeleteAliasRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteCapacityProviderResponse deleteCapacityProvider(RequestContext context, DeleteCapacityProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteCodeSigningConfigResponse deleteCodeSigningConfig(RequestContext context, DeleteCodeSigningConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EventSourceMappingConfiguration deleteEventSourceMapping(RequestContext context, DeleteEventSourceMappingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteFunctionResponse deleteFunction(RequestContext context, DeleteFunctionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteFunctionCodeSigningConfig(RequestContext context, DeleteFunctionCodeSigningConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteFunctionConcurrency(RequestContext context, DeleteFunctionConcurrencyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteFunctionEventInvokeConfig(RequestContext context, DeleteFunctionEventInvokeConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteFunctionUrlConfig(RequestContext context, DeleteFunctionUrlConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteLayerVersion(RequestContext context, DeleteLayerVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteProvisionedConcurrencyConfig(RequestContext context, DeleteProvisionedConcurrencyConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAccountSettingsResponse getAccountSettings(RequestContext context, GetAccountSettingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AliasConfiguration getAlias(RequestContext context, GetAliasRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCapacityProviderResponse getCapacityProvider(RequestContext context, GetCapacityProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCodeSigningConfigResponse getCodeSigningConfig(RequestContext context, GetCodeSigningConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDurableExecutionResponse getDurableExecution(RequestContext context, GetDurableExecutionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDurableExecutionHistoryResponse getDurableExecutionHistory(RequestContext context, GetDurableExecutionHistoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDurableExecutionStateResponse getDurableExecutionState(RequestContext context, GetDurableExecutionStateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EventSourceMappingConfiguration getEventSourceMapping(RequestContext context, GetEventSourceMappingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetFunctionResponse getFunction(RequestContext context, GetFunctionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetFunctionCodeSigningConfigResponse getFunctionCodeSigningConfig(RequestContext context, GetFunctionCodeSigningConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetFunctionConcurrencyResponse getFunctionConcurrency(RequestContext context, GetFunctionConcurrencyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default FunctionConfiguration getFunctionConfiguration(RequestContext context, GetFunctionConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default FunctionEventInvokeConfig getFunctionEventInvokeConfig(RequestContext context, GetFunctionEventInvokeConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetFunctionRecursionConfigResponse getFunctionRecursionConfig(RequestContext context, GetFunctionRecursionConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetFunctionScalingConfigResponse getFunctionScalingConfig(RequestContext context, GetFunctionScalingConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetFunctionUrlConfigResponse getFunctionUrlConfig(RequestContext context, GetFunctionUrlConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLayerVersionResponse getLayerVersion(RequestContext context, GetLayerVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLayerVersionResponse getLayerVersionByArn(RequestContext context, GetLayerVersionByArnRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLayerVersionPolicyResponse getLayerVersionPolicy(RequestContext context, GetLayerVersionPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetPolicyResponse getPolicy(RequestContext context, GetPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetProvisionedConcurrencyConfigResponse getProvisionedConcurrencyConfig(RequestContext context, GetProvisionedConcurrencyConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetRuntimeManagementConfigResponse getRuntimeManagementConfig(RequestContext context, GetRuntimeManagementConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default InvocationResponse invoke(RequestContext context, InvocationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default InvokeAsyncResponse invokeAsync(RequestContext context, InvokeAsyncRequest input) {
        throw AwsException.notImplemented(context);
    }

    default InvokeWithResponseStreamResponse invokeWithResponseStream(RequestContext context, InvokeWithResponseStreamRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAliasesResponse listAliases(RequestContext context, ListAliasesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListCapacityProvidersResponse listCapacityProviders(RequestContext context, ListCapacityProvidersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListCodeSigningConfigsResponse listCodeSigningConfigs(RequestContext context, ListCodeSigningConfigsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListDurableExecutionsByFunctionResponse listDurableExecutionsByFunction(RequestContext context, ListDurableExecutionsByFunctionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListEventSourceMappingsResponse listEventSourceMappings(RequestContext context, ListEventSourceMappingsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListFunctionEventInvokeConfigsResponse listFunctionEventInvokeConfigs(RequestContext context, ListFunctionEventInvokeConfigsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListFunctionUrlConfigsResponse listFunctionUrlConfigs(RequestContext context, ListFunctionUrlConfigsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListFunctionVersionsByCapacityProviderResponse listFunctionVersionsByCapacityProvider(RequestContext context, ListFunctionVersionsByCapacityProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListFunctionsResponse listFunctions(RequestContext context, ListFunctionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListFunctionsByCodeSigningConfigResponse listFunctionsByCodeSigningConfig(RequestContext context, ListFunctionsByCodeSigningConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListLayerVersionsResponse listLayerVersions(RequestContext context, ListLayerVersionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListLayersResponse listLayers(RequestContext context, ListLayersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListProvisionedConcurrencyConfigsResponse listProvisionedConcurrencyConfigs(RequestContext context, ListProvisionedConcurrencyConfigsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListTagsResponse listTags(RequestContext context, ListTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListVersionsByFunctionResponse listVersionsByFunction(RequestContext context, ListVersionsByFunctionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PublishLayerVersionResponse publishLayerVersion(RequestContext context, PublishLayerVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default FunctionConfiguration publishVersion(RequestContext context, PublishVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutFunctionCodeSigningConfigResponse putFunctionCodeSigningConfig(RequestContext context, PutFunctionCodeSigningConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default Concurrency putFunctionConcurrency(RequestContext context, PutFunctionConcurrencyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default FunctionEventInvokeConfig putFunctionEventInvokeConfig(RequestContext context, PutFunctionEventInvokeConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutFunctionRecursionConfigResponse putFunctionRecursionConfig(RequestContext context, PutFunctionRecursionConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutFunctionScalingConfigResponse putFunctionScalingConfig(RequestContext context, PutFunctionScalingConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutProvisionedConcurrencyConfigResponse putProvisionedConcurrencyConfig(RequestContext context, PutProvisionedConcurrencyConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutRuntimeManagementConfigResponse putRuntimeManagementConfig(RequestContext context, PutRuntimeManagementConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void removeLayerVersionPermission(RequestContext context, RemoveLayerVersionPermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void removePermission(RequestContext context, RemovePermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SendDurableExecutionCallbackFailureResponse sendDurableExecutionCallbackFailure(RequestContext context, SendDurableExecutionCallbackFailureRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SendDurableExecutionCallbackHeartbeatResponse sendDurableExecutionCallbackHeartbeat(RequestContext context, SendDurableExecutionCallbackHeartbeatRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SendDurableExecutionCallbackSuccessResponse sendDurableExecutionCallbackSuccess(RequestContext context, SendDurableExecutionCallbackSuccessRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StopDurableExecutionResponse stopDurableExecution(RequestContext context, StopDurableExecutionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagResource(RequestContext context, TagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagResource(RequestContext context, UntagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AliasConfiguration updateAlias(RequestContext context, UpdateAliasRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateCapacityProviderResponse updateCapacityProvider(RequestContext context, UpdateCapacityProviderRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateCodeSigningConfigResponse updateCodeSigningConfig(RequestContext context, UpdateCodeSigningConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EventSourceMappingConfiguration updateEventSourceMapping(RequestContext context, UpdateEventSourceMappingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default FunctionConfiguration updateFunctionCode(RequestContext context, UpdateFunctionCodeRequest input) {
        throw AwsException.notImplemented(context);
    }

    default FunctionConfiguration updateFunctionConfiguration(RequestContext context, UpdateFunctionConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default FunctionEventInvokeConfig updateFunctionEventInvokeConfig(RequestContext context, UpdateFunctionEventInvokeConfigRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateFunctionUrlConfigResponse updateFunctionUrlConfig(RequestContext context, UpdateFunctionUrlConfigRequest input) {
        throw AwsException.notImplemented(context);
    }
}
