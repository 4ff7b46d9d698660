// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class SsmDispatcher implements ServiceDispatcher {
    private final SsmApi api;

    public SsmDispatcher(SsmApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AddTagsToResource":
                return api.addTagsToResource(context, Json.read(input, AddTagsToResourceRequest.class));
            case "AssociateOpsItemRelatedItem":
                return api.associateOpsItemRelatedItem(context, Json.read(input, AssociateOpsItemRelatedItemRequest.class));
            case "CancelCommand":
                return api.cancelCommand(context, Json.read(input, CancelCommandRequest.class));
            case "CancelMaintenanceWindowExecution":
                return api.cancelMaintenanceWindowExecution(context, Json.read(input, CancelMaintenanceWindowExecutionRequest.class));
            case "CreateActivation":
                return api.createActivation(context, Json.read(input, CreateActivationRequest.class));
            case "CreateAssociation":
                return api.createAssociation(context, Json.read(input, CreateAssociationRequest.class));
            case "CreateAssociationBatch":
                return api.createAssociationBatch(context, Json.read(input, CreateAssociationBatchRequest.class));
            case "CreateDocument":
                return api.createDocument(context, Json.read(input, CreateDocumentRequest.class));
            case "CreateMaintenanceWindow":
                return api.createMaintenanceWindow(context, Json.read(input, CreateMaintenanceWindowRequest.class));
            case "CreateOpsItem":
                return api.createOpsItem(context, Json.read(input, CreateOpsItemRequest.class));
            case "CreateOpsMetadata":
                return api.createOpsMetadata(context, Json.read(input, CreateOpsMetadataRequest.class));
            case "CreatePatchBaseline":
                return api.createPatchBaseline(context, Json.read(input, CreatePatchBaselineRequest.class));
            case "CreateResourceDataSync":
                return api.createResourceDataSync(context, Json.read(input, CreateResourceDataSyncRequest.class));
            case "DeleteActivation":
                return api.deleteActivation(context, Json.read(input, DeleteActivationRequest.class));
            case "DeleteAssociation":
                return api.deleteAssociation(context, Json.read(input, DeleteAssociationRequest.class));
            case "DeleteDocument":
                return api.deleteDocument(context, Json.read(input, DeleteDocumentRequest.class));
            case "DeleteInventory":
                return api.deleteInventory(context, Json.read(input, DeleteInventoryRequest.class));
            case "DeleteMaintenanceWindow":
                return api.deleteMaintenanceWindow(context, Json.read(input, DeleteMaintenanceWindowRequest.class));
            case "DeleteOpsItem":
                return api.deleteOpsItem(context, Json.read(input, DeleteOpsItemRequest.class));
            case "DeleteOpsMetadata":
                return api.deleteOpsMetadata(context, Json.read(input, DeleteOpsMetadataRequest.class));
            case "DeleteParameter":
                return api.deleteParameter(context, Json.read(input, DeleteParameterRequest.class));
            case "DeleteParameters":
                return api.deleteParameters(context, Json.read(input, DeleteParametersRequest.class));
            case "DeletePatchBaseline":
                return api.deletePatchBaseline(context, Json.read(input, DeletePatchBaselineRequest.class));
            case "DeleteResourceDataSync":
                return api.deleteResourceDataSync(context, Json.read(input, DeleteResourceDataSyncRequest.class));
            case "DeleteResourcePolicy":
                return api.deleteResourcePolicy(context, Json.read(input, DeleteResourcePolicyRequest.class));
            case "DeregisterManagedInstance":
                return api.deregisterManagedInstance(context, Json.read(input, DeregisterManagedInstanceRequest.class));
            case "DeregisterPatchBaselineForPatchGroup":
                return api.deregisterPatchBaselineForPatchGroup(context, Json.read(input, DeregisterPatchBaselineForPatchGroupRequest.class));
            case "DeregisterTargetFromMaintenanceWindow":
                return api.deregisterTargetFromMaintenanceWindow(context, Json.read(input, DeregisterTargetFromMaintenanceWindowRequest.class));
            case "DeregisterTaskFromMaintenanceWindow":
                return api.deregisterTaskFromMaintenanceWindow(context, Json.read(input, DeregisterTaskFromMaintenanceWindowRequest.class));
            case "DescribeActivations":
                return api.describeActivations(context, Json.read(input, DescribeActivationsRequest.class));
            case "DescribeAssociation":
                return api.describeAssociation(context, Json.read(input, DescribeAssociationRequest.class));
            case "DescribeAssociationExecutionTargets":
                return api.describeAssociationExecutionTargets(context, Json.read(input, DescribeAssociationExecutionTargetsRequest.class));
            case "DescribeAssociationExecutions":
                return api.describeAssociationExecutions(context, Json.read(input, DescribeAssociationExecutionsRequest.class));
            case "DescribeAutomationExecutions":
                return api.describeAutomationExecutions(context, Json.read(input, DescribeAutomationExecutionsRequest.class));
            case "DescribeAutomationStepExecutions":
                return api.describeAutomationStepExecutions(context, Json.read(input, DescribeAutomationStepExecutionsRequest.class));
            case "DescribeAvailablePatches":
                return api.describeAvailablePatches(context, Json.read(input, DescribeAvailablePatchesRequest.class));
            case "DescribeDocument":
                return api.describeDocument(context, Json.read(input, DescribeDocumentRequest.class));
            case "DescribeDocumentPermission":
                return api.describeDocumentPermission(context, Json.read(input, DescribeDocumentPermissionRequest.class));
            case "DescribeEffectiveInstanceAssociations":
                return api.describeEffectiveInstanceAssociations(context, Json.read(input, DescribeEffectiveInstanceAssociationsRequest.class));
            case "DescribeEffectivePatchesForPatchBaseline":
                return api.describeEffectivePatchesForPatchBaseline(context, Json.read(input, DescribeEffectivePatchesForPatchBaselineRequest.class));
            case "DescribeInstanceAssociationsStatus":
                return api.describeInstanceAssociationsStatus(context, Json.read(input, DescribeInstanceAssociationsStatusRequest.class));
            case "DescribeInstanceInformation":
                return api.describeInstanceInformation(context, Json.read(input, DescribeInstanceInformationRequest.class));
            case "DescribeInstancePatchStates":
                return api.describeInstancePatchStates(context, Json.read(input, DescribeInstancePatchStatesRequest.class));
            case "DescribeInstancePatchStatesForPatchGroup":
                return api.describeInstancePatchStatesForPatchGroup(context, Json.read(input, DescribeInstancePatchStatesForPatchGroupRequest.class));
            case "DescribeInstancePatches":
                return api.describeInstancePatches(context, Json.read(input, DescribeInstancePatchesRequest.class));
            case "DescribeInstanceProperties":
                return api.describeInstanceProperties(context, Json.read(input, DescribeInstancePropertiesRequest.class));
            case "DescribeInventoryDeletions":
                return api.describeInventoryDeletions(context, Json.read(input, DescribeInventoryDeletionsRequest.class));
            case "DescribeMaintenanceWindowExecutionTaskInvocations":
                return api.describeMaintenanceWindowExecutionTaskInvocations(context, Json.read(input, DescribeMaintenanceWindowExecutionTaskInvocationsRequest.class));
            case "DescribeMaintenanceWindowExecutionTasks":
                return api.describeMaintenanceWindowExecutionTasks(context, Json.read(input, DescribeMaintenanceWindowExecutionTasksRequest.class));
            case "DescribeMaintenanceWindowExecutions":
                return api.describeMaintenanceWindowExecutions(context, Json.read(input, DescribeMaintenanceWindowExecutionsRequest.class));
            case "DescribeMaintenanceWindowSchedule":
                return api.describeMaintenanceWindowSchedule(context, Json.read(input, DescribeMaintenanceWindowScheduleRequest.class));
            case "DescribeMaintenanceWindowTargets":
                return api.describeMaintenanceWindowTargets(context, Json.read(input, DescribeMaintenanceWindowTargetsRequest.class));
            case "DescribeMaintenanceWindowTasks":
                return api.describeMaintenanceWindowTasks(context, Json.read(input, DescribeMaintenanceWindowTasksRequest.class));
            case "DescribeMaintenanceWindows":
                return api.describeMaintenanceWindows(context, Json.read(input, DescribeMaintenanceWindowsRequest.class));
            case "DescribeMaintenanceWindowsForTarget":
                return api.describeMaintenanceWindowsForTarget(context, Json.read(input, DescribeMaintenanceWindowsForTargetRequest.class));
            case "DescribeOpsItems":
                return api.describeOpsItems(context, Json.read(input, DescribeOpsItemsRequest.class));
            case "DescribeParameters":
                return api.describeParameters(context, Json.read(input, DescribeParametersRequest.class));
            case "DescribePatchBaselines":
                return api.describePatchBaselines(context, Json.read(input, DescribePatchBaselinesRequest.class));
            case "DescribePatchGroupState":
                return api.describePatchGroupState(context, Json.read(input, DescribePatchGroupStateRequest.class));
            case "DescribePatchGroups":
                return api.describePatchGroups(context, Json.read(input, DescribePatchGroupsRequest.class));
            case "DescribePatchProperties":
                return api.describePatchProperties(context, Json.read(input, DescribePatchPropertiesRequest.class));
            case "DescribeSessions":
                return api.describeSessions(context, Json.read(input, DescribeSessionsRequest.class));
            case "DisassociateOpsItemRelatedItem":
                return api.disassociateOpsItemRelatedItem(context, Json.read(input, DisassociateOpsItemRelatedItemRequest.class));
            case "GetAccessToken":
                return api.getAccessToken(context, Json.read(input, GetAccessTokenRequest.class));
            case "GetAutomationExecution":
                return api.getAutomationExecution(context, Json.read(input, GetAutomationExecutionRequest.class));
            case "GetCalendarState":
                return api.getCalendarState(context, Json.read(input, GetCalendarStateRequest.class));
            case "GetCommandInvocation":
                return api.getCommandInvocation(context, Json.read(input, GetCommandInvocationRequest.class));
            case "GetConnectionStatus":
                return api.getConnectionStatus(context, Json.read(input, GetConnectionStatusRequest.class));
            case "GetDefaultPatchBaseline":
                return api.getDefaultPatchBaseline(context, Json.read(input, GetDefaultPatchBaselineRequest.class));
            case "GetDeployablePatchSnapshotForInstance":
                return api.getDeployablePatchSnapshotForInstance(context, Json.read(input, GetDeployablePatchSnapshotForInstanceRequest.class));
            case "GetDocument":
                return api.getDocument(context, Json.read(input, GetDocumentRequest.class));
            case "GetExecutionPreview":
                return api.getExecutionPreview(context, Json.read(input, GetExecutionPreviewRequest.class));
            case "GetInventory":
                return api.getInventory(context, Json.read(input, GetInventoryRequest.class));
            case "GetInventorySchema":
                return api.getInventorySchema(context, Json.read(input, GetInventorySchemaRequest.class));
            case "GetMaintenanceWindow":
                return api.getMaintenanceWindow(context, Json.read(input, GetMaintenanceWindowRequest.class));
            case "GetMaintenanceWindowExecution":
                return api.getMaintenanceWindowExecution(context, Json.read(input, GetMaintenanceWindowExecutionRequest.class));
            case "GetMaintenanceWindowExecutionTask":
                return api.getMaintenanceWindowExecutionTask(context, Json.read(input, GetMaintenanceWindowExecutionTaskRequest.class));
            case "GetMaintenanceWindowExecutionTaskInvocation":
                return api.getMaintenanceWindowExecutionTaskInvocation(context, Json.read(input, GetMaintenanceWindowExecutionTaskInvocationRequest.class));
            case "GetMaintenanceWindowTask":
                return api.getMaintenanceWindowTask(context, Json.read(input, GetMaintenanceWindowTaskRequest.class));
            case "GetOpsItem":
                return api.getOpsItem(context, Json.read(input, GetOpsItemRequest.class));
            case "GetOpsMetadata":
                return api.getOpsMetadata(context, Json.read(input, GetOpsMetadataRequest.class));
            case "GetOpsSummary":
                return api.getOpsSummary(context, Json.read(input, GetOpsSummaryRequest.class));
            case "GetParameter":
                return api.getParameter(context, Json.read(input, GetParameterRequest.class));
            case "GetParameterHistory":
                return api.getParameterHistory(context, Json.read(input, GetParameterHistoryRequest.class));
            case "GetParameters":
                return api.getParameters(context, Json.read(input, GetParametersRequest.class));
            case "GetParametersByPath":
                return api.getParametersByPath(context, Json.read(input, GetParametersByPathRequest.class));
            case "GetPatchBaseline":
                return api.getPatchBaseline(context, Json.read(input, GetPatchBaselineRequest.class));
            case "GetPatchBaselineForPatchGroup":
                return api.getPatchBaselineForPatchGroup(context, Json.read(input, GetPatchBaselineForPatchGroupRequest.class));
            case "GetResourcePolicies":
                return api.getResourcePolicies(context, Json.read(input, GetResourcePoliciesRequest.class));
            case "GetServiceSetting":
                return api.getServiceSetting(context, Json.read(input, GetServiceSettingRequest.class));
            case "LabelParameterVersion":
                return api.labelParameterVersion(context, Json.read(input, LabelParameterVersionRequest.class));
            case "ListAssociationVersions":
                return api.listAssociationVersions(context, Json.read(input, ListAssociationVersionsRequest.class));
            case "ListAssociations":
                return api.listAssociations(context, Json.read(input, ListAssociationsRequest.class));
            case "ListCommandInvocations":
                return api.listCommandInvocations(context, Json.read(input, ListCommandInvocationsRequest.class));
            case "ListCommands":
                return api.listCommands(context, Json.read(input, ListCommandsRequest.class));
            case "ListComplianceItems":
                return api.listComplianceItems(context, Json.read(input, ListComplianceItemsRequest.class));
            case "ListComplianceSummaries":
                return api.listComplianceSummaries(context, Json.read(input, ListComplianceSummariesRequest.class));
            case "ListDocumentMetadataHistory":
                return api.listDocumentMetadataHistory(context, Json.read(input, ListDocumentMetadataHistoryRequest.class));
            case "ListDocumentVersions":
                return api.listDocumentVersions(context, Json.read(input, ListDocumentVersionsRequest.class));
            case "ListDocuments":
                return api.listDocuments(context, Json.read(input, ListDocumentsRequest.class));
            case "ListInventoryEntries":
                return api.listInventoryEntries(context, Json.read(input, ListInventoryEntriesRequest.class));
            case "ListNodes":
                return api.listNodes(context, Json.read(input, ListNodesRequest.class));
            case "ListNodesSummary":
                return api.listNodesSummary(context, Json.read(input, ListNodesSummaryRequest.class));
            case "ListOpsItemEvents":
                return api.listOpsItemEvents(context, Json.read(input, ListOpsItemEventsRequest.class));
            case "ListOpsItemRelatedItems":
                return api.listOpsItemRelatedItems(context, Json.read(input, ListOpsItemRelatedItemsRequest.class));
            case "ListOpsMetadata":
                return api.listOpsMetadata(context, Json.read(input, ListOpsMetadataRequest.class));
            case "ListResourceComplianceSummaries":
                return api.listResourceComplianceSummaries(context, Json.read(input, ListResourceComplianceSummariesRequest.class));
            case "ListResourceDataSync":
                return api.listResourceDataSync(context, Json.read(input, ListResourceDataSyncRequest.class));
            case "ListTagsForResource":
                return api.listTagsForResource(context, Json.read(input, ListTagsForResourceRequest.class));
            case "ModifyDocumentPermission":
                return api.modifyDocumentPermission(context, Json.read(input, ModifyDocumentPermissionRequest.class));
            case "PutComplianceItems":
                return api.putComplianceItems(context, Json.read(input, PutComplianceItemsRequest.class));
            case "PutInventory":
                return api.putInventory(context, Json.read(input, PutInventoryRequest.class));
            case "PutParameter":
                return api.putParameter(context, Json.read(input, PutParameterRequest.class));
            case "PutResourcePolicy":
                return api.putResourcePolicy(context, Json.read(input, PutResourcePolicyRequest.class));
            case "RegisterDefaultPatchBaseline":
                return api.registerDefaultPatchBaseline(context, Json.read(input, RegisterDefaultPatchBaselineRequest.class));
            case "RegisterPatchBaselineForPatchGroup":
                return api.registerPatchBaselineForPatchGroup(context, Json.read(input, RegisterPatchBaselineForPatchGroupRequest.class));
            case "RegisterTargetWithMaintenanceWindow":
                return api.registerTargetWithMaintenanceWindow(context, Json.read(input, RegisterTargetWithMaintenanceWindowRequest.class));
            case "RegisterTaskWithMaintenanceWindow":
                return api.registerTaskWithMaintenanceWindow(context, Json.read(input, RegisterTaskWithMaintenanceWindowRequest.class));
            case "RemoveTagsFromResource":
                return api.removeTagsFromResource(context, Json.read(input, RemoveTagsFromResourceRequest.class));
            case "ResetServiceSetting":
                return api.resetServiceSetting(context, Json.read(input, ResetServiceSettingRequest.class));
            case "ResumeSession":
                return api.resumeSession(context, Json.read(input, ResumeSessionRequest.class));
            case "SendAutomationSignal":
                return api.sendAutomationSignal(context, Json.read(input, SendAutomationSignalRequest.class));
            case "SendCommand":
                return api.sendCommand(context, Json.read(input, SendCommandRequest.class));
            case "StartAccessRequest":
                return api.startAccessRequest(context, Json.read(input, StartAccessRequestRequest.class));
            case "StartAssociationsOnce":
                return api.startAssociationsOnce(context, Json.read(input, StartAssociationsOnceRequest.class));
            case "StartAutomationExecution":
                return api.startAutomationExecution(context, Json.read(input, StartAutomationExecutionRequest.class));
            case "StartChangeRequestExecution":
                return api.startChangeRequestExecution(context, Json.read(input, StartChangeRequestExecutionRequest.class));
            case "StartExecutionPreview":
                return api.startExecutionPreview(context, Json.read(input, StartExecutionPreviewRequest.class));
            case "StartSession":
                return api.startSession(context, Json.read(input, StartSessionRequest.class));
            case "StopAutomationExecution":
                return api.stopAutomationExecution(context, Json.read(input, StopAutomationExecutionRequest.class));
            case "TerminateSession":
                return api.terminateSession(context, Json.read(input, TerminateSessionRequest.class));
            case "UnlabelParameterVersion":
                return api.unlabelParameterVersion(context, Json.read(input, UnlabelParameterVersionRequest.class));
            case "UpdateAssociation":
                return api.updateAssociation(context, Json.read(input, UpdateAssociationRequest.class));
            case "UpdateAssociationStatus":
                return api.updateAssociationStatus(context, Json.read(input, UpdateAssociationStatusRequest.class));
            case "UpdateDocument":
                return api.updateDocument(context, Json.read(input, UpdateDocumentRequest.class));
            case "UpdateDocumentDefaultVersion":
                return api.updateDocumentDefaultVersion(context, Json.read(input, UpdateDocumentDefaultVersionRequest.class));
            case "UpdateDocumentMetadata":
                return api.updateDocumentMetadata(context, Json.read(input, UpdateDocumentMetadataRequest.class));
            case "UpdateMaintenanceWindow":
                return api.updateMaintenanceWindow(context, Json.read(input, UpdateMaintenanceWindowRequest.class));
            case "UpdateMaintenanceWindowTarget":
                return api.updateMaintenanceWindowTarget(context, Json.read(input, UpdateMaintenanceWindowTargetRequest.class));
            case "UpdateMaintenanceWindowTask":
                return api.updateMaintenanceWindowTask(context, Json.read(input, UpdateMaintenanceWindowTaskRequest.class));
            case "UpdateManagedInstanceRole":
                return api.updateManagedInstanceRole(context, Json.read(input, UpdateManagedInstanceRoleRequest.class));
            case "UpdateOpsItem":
                return api.updateOpsItem(context, Json.read(input, UpdateOpsItemRequest.class));
            case "UpdateOpsMetadata":
                return api.updateOpsMetadata(context, Json.read(input, UpdateOpsMetadataRequest.class));
            case "UpdatePatchBaseline":
                return api.updatePatchBaseline(context, Json.read(input, UpdatePatchBaselineRequest.class));
            case "UpdateResourceDataSync":
                return api.updateResourceDataSync(context, Json.read(input, UpdateResourceDataSyncRequest.class));
            case "UpdateServiceSetting":
                return api.updateServiceSetting(context, Json.read(input, UpdateServiceSettingRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
