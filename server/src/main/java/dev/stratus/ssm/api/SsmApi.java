// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of ssm, one method each; those a service does not override answer 501. */
public interface SsmApi {

    default AddTagsToResourceResult addTagsToResource(RequestContext context, AddTagsToResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateOpsItemRelatedItemResponse associateOpsItemRelatedItem(RequestContext context, AssociateOpsItemRelatedItemRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelCommandResult cancelCommand(RequestContext context, CancelCommandRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelMaintenanceWindowExecutionResult cancelMaintenanceWindowExecution(RequestContext context, CancelMaintenanceWindowExecutionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateActivationResult createActivation(RequestContext context, CreateActivationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateAssociationResult createAssociation(RequestContext context, CreateAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateAssociationBatchResult createAssociationBatch(RequestContext context, CreateAssociationBatchRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateDocumentResult createDocument(RequestContext context, CreateDocumentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateMaintenanceWindowResult createMaintenanceWindow(RequestContext context, CreateMaintenanceWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateOpsItemResponse createOpsItem(RequestContext context, CreateOpsItemRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateOpsMetadataResult createOpsMetadata(RequestContext context, CreateOpsMetadataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreatePatchBaselineResult createPatchBaseline(RequestContext context, CreatePatchBaselineRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateResourceDataSyncResult createResourceDataSync(RequestContext context, CreateResourceDataSyncRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteActivationResult deleteActivation(RequestContext context, DeleteActivationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteAssociationResult deleteAssociation(RequestContext context, DeleteAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteDocumentResult deleteDocument(RequestContext context, DeleteDocumentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteInventoryResult deleteInventory(RequestContext context, DeleteInventoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteMaintenanceWindowResult deleteMaintenanceWindow(RequestContext context, DeleteMaintenanceWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteOpsItemResponse deleteOpsItem(RequestContext context, DeleteOpsItemRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteOpsMetadataResult deleteOpsMetadata(RequestContext context, DeleteOpsMetadataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteParameterResult deleteParameter(RequestContext context, DeleteParameterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteParametersResult deleteParameters(RequestContext context, DeleteParametersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeletePatchBaselineResult deletePatchBaseline(RequestContext context, DeletePatchBaselineRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteResourceDataSyncResult deleteResourceDataSync(RequestContext context, DeleteResourceDataSyncRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteResourcePolicyResponse deleteResourcePolicy(RequestContext context, DeleteResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeregisterManagedInstanceResult deregisterManagedInstance(RequestContext context, DeregisterManagedInstanceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeregisterPatchBaselineForPatchGroupResult deregisterPatchBaselineForPatchGroup(RequestContext context, DeregisterPatchBaselineForPatchGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeregisterTargetFromMaintenanceWindowResult deregisterTargetFromMaintenanceWindow(RequestContext context, DeregisterTargetFromMaintenanceWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeregisterTaskFromMaintenanceWindowResult deregisterTaskFromMaintenanceWindow(RequestContext context, DeregisterTaskFromMaintenanceWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeActivationsResult describeActivations(RequestContext context, DescribeActivationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAssociationResult describeAssociation(RequestContext context, DescribeAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAssociationExecutionTargetsResult describeAssociationExecutionTargets(RequestContext context, DescribeAssociationExecutionTargetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAssociationExecutionsResult describeAssociationExecutions(RequestContext context, DescribeAssociationExecutionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAutomationExecutionsResult describeAutomationExecutions(RequestContext context, DescribeAutomationExecutionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAutomationStepExecutionsResult describeAutomationStepExecutions(RequestContext context, DescribeAutomationStepExecutionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAvailablePatchesResult describeAvailablePatches(RequestContext context, DescribeAvailablePatchesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeDocumentResult describeDocument(RequestContext context, DescribeDocumentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeDocumentPermissionResponse describeDocumentPermission(RequestContext context, DescribeDocumentPermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeEffectiveInstanceAssociationsResult describeEffectiveInstanceAssociations(RequestContext context, DescribeEffectiveInstanceAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeEffectivePatchesForPatchBaselineResult describeEffectivePatchesForPatchBaseline(RequestContext context, DescribeEffectivePatchesForPatchBaselineRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceAssociationsStatusResult describeInstanceAssociationsStatus(RequestContext context, DescribeInstanceAssociationsStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstanceInformationResult describeInstanceInformation(RequestContext context, DescribeInstanceInformationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstancePatchStatesResult describeInstancePatchStates(RequestContext context, DescribeInstancePatchStatesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstancePatchStatesForPatchGroupResult describeInstancePatchStatesForPatchGroup(RequestContext context, DescribeInstancePatchStatesForPatchGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstancePatchesResult describeInstancePatches(RequestContext context, DescribeInstancePatchesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInstancePropertiesResult describeInstanceProperties(RequestContext context, DescribeInstancePropertiesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInventoryDeletionsResult describeInventoryDeletions(RequestContext context, DescribeInventoryDeletionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMaintenanceWindowExecutionTaskInvocationsResult describeMaintenanceWindowExecutionTaskInvocations(RequestContext context, DescribeMaintenanceWindowExecutionTaskInvocationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMaintenanceWindowExecutionTasksResult describeMaintenanceWindowExecutionTasks(RequestContext context, DescribeMaintenanceWindowExecutionTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMaintenanceWindowExecutionsResult describeMaintenanceWindowExecutions(RequestContext context, DescribeMaintenanceWindowExecutionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMaintenanceWindowScheduleResult describeMaintenanceWindowSchedule(RequestContext context, DescribeMaintenanceWindowScheduleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMaintenanceWindowTargetsResult describeMaintenanceWindowTargets(RequestContext context, DescribeMaintenanceWindowTargetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMaintenanceWindowTasksResult describeMaintenanceWindowTasks(RequestContext context, DescribeMaintenanceWindowTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMaintenanceWindowsResult describeMaintenanceWindows(RequestContext context, DescribeMaintenanceWindowsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMaintenanceWindowsForTargetResult describeMaintenanceWindowsForTarget(RequestContext context, DescribeMaintenanceWindowsForTargetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeOpsItemsResponse describeOpsItems(RequestContext context, DescribeOpsItemsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeParametersResult describeParameters(RequestContext context, DescribeParametersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribePatchBaselinesResult describePatchBaselines(RequestContext context, DescribePatchBaselinesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribePatchGroupStateResult describePatchGroupState(RequestContext context, DescribePatchGroupStateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribePatchGroupsResult describePatchGroups(RequestContext context, DescribePatchGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribePatchPropertiesResult describePatchProperties(RequestContext context, DescribePatchPropertiesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSessionsResponse describeSessions(RequestContext context, DescribeSessionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateOpsItemRelatedItemResponse disassociateOpsItemRelatedItem(RequestContext context, DisassociateOpsItemRelatedItemRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAccessTokenResponse getAccessToken(RequestContext context, GetAccessTokenRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAutomationExecutionResult getAutomationExecution(RequestContext context, GetAutomationExecutionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCalendarStateResponse getCalendarState(RequestContext context, GetCalendarStateRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCommandInvocationResult getCommandInvocation(RequestContext context, GetCommandInvocationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetConnectionStatusResponse getConnectionStatus(RequestContext context, GetConnectionStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDefaultPatchBaselineResult getDefaultPatchBaseline(RequestContext context, GetDefaultPatchBaselineRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDeployablePatchSnapshotForInstanceResult getDeployablePatchSnapshotForInstance(RequestContext context, GetDeployablePatchSnapshotForInstanceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDocumentResult getDocument(RequestContext context, GetDocumentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetExecutionPreviewResponse getExecutionPreview(RequestContext context, GetExecutionPreviewRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetInventoryResult getInventory(RequestContext context, GetInventoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetInventorySchemaResult getInventorySchema(RequestContext context, GetInventorySchemaRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetMaintenanceWindowResult getMaintenanceWindow(RequestContext context, GetMaintenanceWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetMaintenanceWindowExecutionResult getMaintenanceWindowExecution(RequestContext context, GetMaintenanceWindowExecutionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetMaintenanceWindowExecutionTaskResult getMaintenanceWindowExecutionTask(RequestContext context, GetMaintenanceWindowExecutionTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetMaintenanceWindowExecutionTaskInvocationResult getMaintenanceWindowExecutionTaskInvocation(RequestContext context, GetMaintenanceWindowExecutionTaskInvocationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetMaintenanceWindowTaskResult getMaintenanceWindowTask(RequestContext context, GetMaintenanceWindowTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetOpsItemResponse getOpsItem(RequestContext context, GetOpsItemRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetOpsMetadataResult getOpsMetadata(RequestContext context, GetOpsMetadataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetOpsSummaryResult getOpsSummary(RequestContext context, GetOpsSummaryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetParameterResult getParameter(RequestContext context, GetParameterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetParameterHistoryResult getParameterHistory(RequestContext context, GetParameterHistoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetParametersResult getParameters(RequestContext context, GetParametersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetParametersByPathResult getParametersByPath(RequestContext context, GetParametersByPathRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetPatchBaselineResult getPatchBaseline(RequestContext context, GetPatchBaselineRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetPatchBaselineForPatchGroupResult getPatchBaselineForPatchGroup(RequestContext context, GetPatchBaselineForPatchGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetResourcePoliciesResponse getResourcePolicies(RequestContext context, GetResourcePoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetServiceSettingResult getServiceSetting(RequestContext context, GetServiceSettingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default LabelParameterVersionResult labelParameterVersion(RequestContext context, LabelParameterVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAssociationVersionsResult listAssociationVersions(RequestContext context, ListAssociationVersionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAssociationsResult listAssociations(RequestContext context, ListAssociationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListCommandInvocationsResult listCommandInvocations(RequestContext context, ListCommandInvocationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListCommandsResult listCommands(RequestContext context, ListCommandsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListComplianceItemsResult listComplianceItems(RequestContext context, ListComplianceItemsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListComplianceSummariesResult listComplianceSummaries(RequestContext context, ListComplianceSummariesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListDocumentMetadataHistoryResponse listDocumentMetadataHistory(RequestContext context, ListDocumentMetadataHistoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListDocumentVersionsResult listDocumentVersions(RequestContext context, ListDocumentVersionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListDocumentsResult listDocuments(RequestContext context, ListDocumentsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListInventoryEntriesResult listInventoryEntries(RequestContext context, ListInventoryEntriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListNodesResult listNodes(RequestContext context, ListNodesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListNodesSummaryResult listNodesSummary(RequestContext context, ListNodesSummaryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListOpsItemEventsResponse listOpsItemEvents(RequestContext context, ListOpsItemEventsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListOpsItemRelatedItemsResponse listOpsItemRelatedItems(RequestContext context, ListOpsItemRelatedItemsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListOpsMetadataResult listOpsMetadata(RequestContext context, ListOpsMetadataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListResourceComplianceSummariesResult listResourceComplianceSummaries(RequestContext context, ListResourceComplianceSummariesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListResourceDataSyncResult listResourceDataSync(RequestContext context, ListResourceDataSyncRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListTagsForResourceResult listTagsForResource(RequestContext context, ListTagsForResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ModifyDocumentPermissionResponse modifyDocumentPermission(RequestContext context, ModifyDocumentPermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutComplianceItemsResult putComplianceItems(RequestContext context, PutComplianceItemsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutInventoryResult putInventory(RequestContext context, PutInventoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutParameterResult putParameter(RequestContext context, PutParameterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutResourcePolicyResponse putResourcePolicy(RequestContext context, PutResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RegisterDefaultPatchBaselineResult registerDefaultPatchBaseline(RequestContext context, RegisterDefaultPatchBaselineRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RegisterPatchBaselineForPatchGroupResult registerPatchBaselineForPatchGroup(RequestContext context, RegisterPatchBaselineForPatchGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RegisterTargetWithMaintenanceWindowResult registerTargetWithMaintenanceWindow(RequestContext context, RegisterTargetWithMaintenanceWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RegisterTaskWithMaintenanceWindowResult registerTaskWithMaintenanceWindow(RequestContext context, RegisterTaskWithMaintenanceWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RemoveTagsFromResourceResult removeTagsFromResource(RequestContext context, RemoveTagsFromResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ResetServiceSettingResult resetServiceSetting(RequestContext context, ResetServiceSettingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ResumeSessionResponse resumeSession(RequestContext context, ResumeSessionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SendAutomationSignalResult sendAutomationSignal(RequestContext context, SendAutomationSignalRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SendCommandResult sendCommand(RequestContext context, SendCommandRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartAccessRequestResponse startAccessRequest(RequestContext context, StartAccessRequestRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartAssociationsOnceResult startAssociationsOnce(RequestContext context, StartAssociationsOnceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartAutomationExecutionResult startAutomationExecution(RequestContext context, StartAutomationExecutionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartChangeRequestExecutionResult startChangeRequestExecution(RequestContext context, StartChangeRequestExecutionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartExecutionPreviewResponse startExecutionPreview(RequestContext context, StartExecutionPreviewRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartSessionResponse startSession(RequestContext context, StartSessionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StopAutomationExecutionResult stopAutomationExecution(RequestContext context, StopAutomationExecutionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default TerminateSessionResponse terminateSession(RequestContext context, TerminateSessionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UnlabelParameterVersionResult unlabelParameterVersion(RequestContext context, UnlabelParameterVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateAssociationResult updateAssociation(RequestContext context, UpdateAssociationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateAssociationStatusResult updateAssociationStatus(RequestContext context, UpdateAssociationStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateDocumentResult updateDocument(RequestContext context, UpdateDocumentRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateDocumentDefaultVersionResult updateDocumentDefaultVersion(RequestContext context, UpdateDocumentDefaultVersionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateDocumentMetadataResponse updateDocumentMetadata(RequestContext context, UpdateDocumentMetadataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateMaintenanceWindowResult updateMaintenanceWindow(RequestContext context, UpdateMaintenanceWindowRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateMaintenanceWindowTargetResult updateMaintenanceWindowTarget(RequestContext context, UpdateMaintenanceWindowTargetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateMaintenanceWindowTaskResult updateMaintenanceWindowTask(RequestContext context, UpdateMaintenanceWindowTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateManagedInstanceRoleResult updateManagedInstanceRole(RequestContext context, UpdateManagedInstanceRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateOpsItemResponse updateOpsItem(RequestContext context, UpdateOpsItemRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateOpsMetadataResult updateOpsMetadata(RequestContext context, UpdateOpsMetadataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdatePatchBaselineResult updatePatchBaseline(RequestContext context, UpdatePatchBaselineRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateResourceDataSyncResult updateResourceDataSync(RequestContext context, UpdateResourceDataSyncRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateServiceSettingResult updateServiceSetting(RequestContext context, UpdateServiceSettingRequest input) {
        throw AwsException.notImplemented(context);
    }
}
