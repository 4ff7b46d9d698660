// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class LogsDispatcher implements ServiceDispatcher {
    private final LogsApi api;

    public LogsDispatcher(LogsApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AssociateKmsKey":
                api.associateKmsKey(context, Json.read(input, AssociateKmsKeyRequest.class));
                return null;
            case "AssociateSourceToS3TableIntegration":
                return api.associateSourceToS3TableIntegration(context, Json.read(input, AssociateSourceToS3TableIntegrationRequest.class));
            case "CancelExportTask":
                api.cancelExportTask(context, Json.read(input, CancelExportTaskRequest.class));
                return null;
            case "CancelImportTask":
                return api.cancelImportTask(context, Json.read(input, CancelImportTaskRequest.class));
            case "CreateDelivery":
                return api.createDelivery(context, Json.read(input, CreateDeliveryRequest.class));
            case "CreateExportTask":
                return api.createExportTask(context, Json.read(input, CreateExportTaskRequest.class));
            case "CreateImportTask":
                return api.createImportTask(context, Json.read(input, CreateImportTaskRequest.class));
            case "CreateLogAnomalyDetector":
                return api.createLogAnomalyDetector(context, Json.read(input, CreateLogAnomalyDetectorRequest.class));
            case "CreateLogGroup":
                api.createLogGroup(context, Json.read(input, CreateLogGroupRequest.class));
                return null;
            case "CreateLogStream":
                api.createLogStream(context, Json.read(input, CreateLogStreamRequest.class));
                return null;
            case "CreateLookupTable":
                return api.createLookupTable(context, Json.read(input, CreateLookupTableRequest.class));
            case "CreateScheduledQuery":
                return api.createScheduledQuery(context, Json.read(input, CreateScheduledQueryRequest.class));
            case "DeleteAccountPolicy":
                api.deleteAccountPolicy(context, Json.read(input, DeleteAccountPolicyRequest.class));
                return null;
            case "DeleteDataProtectionPolicy":
                api.deleteDataProtectionPolicy(context, Json.read(input, DeleteDataProtectionPolicyRequest.class));
                return null;
            case "DeleteDelivery":
                api.deleteDelivery(context, Json.read(input, DeleteDeliveryRequest.class));
                return null;
            case "DeleteDeliveryDestination":
                api.deleteDeliveryDestination(context, Json.read(input, DeleteDeliveryDestinationRequest.class));
                return null;
            case "DeleteDeliveryDestinationPolicy":
                api.deleteDeliveryDestinationPolicy(context, Json.read(input, DeleteDeliveryDestinationPolicyRequest.class));
                return null;
            case "DeleteDeliverySource":
                api.deleteDeliverySource(context, Json.read(input, DeleteDeliverySourceRequest.class));
                return null;
            case "DeleteDestination":
                api.deleteDestination(context, Json.read(input, DeleteDestinationRequest.class));
                return null;
            case "DeleteIndexPolicy":
                return api.deleteIndexPolicy(context, Json.read(input, DeleteIndexPolicyRequest.class));
            case "DeleteIntegration":
                return api.deleteIntegration(context, Json.read(input, DeleteIntegrationRequest.class));
            case "DeleteLogAnomalyDetector":
                api.deleteLogAnomalyDetector(context, Json.read(input, DeleteLogAnomalyDetectorRequest.class));
                return null;
            case "DeleteLogGroup":
                api.deleteLogGroup(context, Json.read(input, DeleteLogGroupRequest.class));
                return null;
            case "DeleteLogStream":
                api.deleteLogStream(context, Json.read(input, DeleteLogStreamRequest.class));
                return null;
            case "DeleteLookupTable":
                api.deleteLookupTable(context, Json.read(input, DeleteLookupTableRequest.class));
                return null;
            case "DeleteMetricFilter":
                api.deleteMetricFilter(context, Json.read(input, DeleteMetricFilterRequest.class));
                return null;
            case "DeleteQueryDefinition":
                return api.deleteQueryDefinition(context, Json.read(input, DeleteQueryDefinitionRequest.class));
            case "DeleteResourcePolicy":
                api.deleteResourcePolicy(context, Json.read(input, DeleteResourcePolicyRequest.class));
                return null;
            case "DeleteRetentionPolicy":
                api.deleteRetentionPolicy(context, Json.read(input, DeleteRetentionPolicyRequest.class));
                return null;
            case "DeleteScheduledQuery":
                return api.deleteScheduledQuery(context, Json.read(input, DeleteScheduledQueryRequest.class));
            case "DeleteSubscriptionFilter":
                api.deleteSubscriptionFilter(context, Json.read(input, DeleteSubscriptionFilterRequest.class));
                return null;
            case "DeleteTransformer":
                api.deleteTransformer(context, Json.read(input, DeleteTransformerRequest.class));
                return null;
            case "DescribeAccountPolicies":
                return api.describeAccountPolicies(context, Json.read(input, DescribeAccountPoliciesRequest.class));
            case "DescribeConfigurationTemplates":
                return api.describeConfigurationTemplates(context, Json.read(input, DescribeConfigurationTemplatesRequest.class));
            case "DescribeDeliveries":
                return api.describeDeliveries(context, Json.read(input, DescribeDeliveriesRequest.class));
            case "DescribeDeliveryDestinations":
                return api.describeDeliveryDestinations(context, Json.read(input, DescribeDeliveryDestinationsRequest.class));
            case "DescribeDeliverySources":
                return api.describeDeliverySources(context, Json.read(input, DescribeDeliverySourcesRequest.class));
            case "DescribeDestinations":
                return api.describeDestinations(context, Json.read(input, DescribeDestinationsRequest.class));
            case "DescribeExportTasks":
                return api.describeExportTasks(context, Json.read(input, DescribeExportTasksRequest.class));
            case "DescribeFieldIndexes":
                return api.describeFieldIndexes(context, Json.read(input, DescribeFieldIndexesRequest.class));
            case "DescribeImportTaskBatches":
                return api.describeImportTaskBatches(context, Json.read(input, DescribeImportTaskBatchesRequest.class));
            case "DescribeImportTasks":
                return api.describeImportTasks(context, Json.read(input, DescribeImportTasksRequest.class));
            case "DescribeIndexPolicies":
                return api.describeIndexPolicies(context, Json.read(input, DescribeIndexPoliciesRequest.class));
            case "DescribeLogGroups":
                return api.describeLogGroups(context, Json.read(input, DescribeLogGroupsRequest.class));
            case "DescribeLogStreams":
                return api.describeLogStreams(context, Json.read(input, DescribeLogStreamsRequest.class));
            case "DescribeLookupTables":
                return api.describeLookupTables(context, Json.read(input, DescribeLookupTablesRequest.class));
            case "DescribeMetricFilters":
                return api.describeMetricFilters(context, Json.read(input, DescribeMetricFiltersRequest.class));
            case "DescribeQueries":
                return api.describeQueries(context, Json.read(input, DescribeQueriesRequest.class));
            case "DescribeQueryDefinitions":
                return api.describeQueryDefinitions(context, Json.read(input, DescribeQueryDefinitionsRequest.class));
            case "DescribeResourcePolicies":
                return api.describeResourcePolicies(context, Json.read(input, DescribeResourcePoliciesRequest.class));
            case "DescribeSubscriptionFilters":
                return api.describeSubscriptionFilters(context, Json.read(input, DescribeSubscriptionFiltersRequest.class));
            case "DisassociateKmsKey":
                api.disassociateKmsKey(context, Json.read(input, DisassociateKmsKeyRequest.class));
                return null;
            case "DisassociateSourceFromS3TableIntegration":
                return api.disassociateSourceFromS3TableIntegration(context, Json.read(input, DisassociateSourceFromS3TableIntegrationRequest.class));
            case "FilterLogEvents":
                return api.filterLogEvents(context, Json.read(input, FilterLogEventsRequest.class));
            case "GetDataProtectionPolicy":
                return api.getDataProtectionPolicy(context, Json.read(input, GetDataProtectionPolicyRequest.class));
            case "GetDelivery":
                return api.getDelivery(context, Json.read(input, GetDeliveryRequest.class));
            case "GetDeliveryDestination":
                return api.getDeliveryDestination(context, Json.read(input, GetDeliveryDestinationRequest.class));
            case "GetDeliveryDestinationPolicy":
                return api.getDeliveryDestinationPolicy(context, Json.read(input, GetDeliveryDestinationPolicyRequest.class));
            case "GetDeliverySource":
                return api.getDeliverySource(context, Json.read(input, GetDeliverySourceRequest.class));
            case "GetIntegration":
                return api.getIntegration(context, Json.read(input, GetIntegrationRequest.class));
            case "GetLogAnomalyDetector":
                return api.getLogAnomalyDetector(context, Json.read(input, GetLogAnomalyDetectorRequest.class));
            case "GetLogEvents":
                return api.getLogEvents(context, Json.read(input, GetLogEventsRequest.class));
            case "GetLogFields":
                return api.getLogFields(context, Json.read(input, GetLogFieldsRequest.class));
            case "GetLogGroupFields":
                return api.getLogGroupFields(context, Json.read(input, GetLogGroupFieldsRequest.class));
            case "GetLogObject":
                return api.getLogObject(context, Json.read(input, GetLogObjectRequest.class));
            case "GetLogRecord":
                return api.getLogRecord(context, Json.read(input, GetLogRecordRequest.class));
            case "GetLookupTable":
                return api.getLookupTable(context, Json.read(input, GetLookupTableRequest.class));
            case "GetQueryResults":
                return api.getQueryResults(context, Json.read(input, GetQueryResultsRequest.class));
            case "GetScheduledQuery":
                return api.getScheduledQuery(context, Json.read(input, GetScheduledQueryRequest.class));
            case "GetScheduledQueryHistory":
                return api.getScheduledQueryHistory(context, Json.read(input, GetScheduledQueryHistoryRequest.class));
            case "GetTransformer":
                return api.getTransformer(context, Json.read(input, GetTransformerRequest.class));
            case "ListAggregateLogGroupSummaries":
                return api.listAggregateLogGroupSummaries(context, Json.read(input, ListAggregateLogGroupSummariesRequest.class));
            case "ListAnomalies":
                return api.listAnomalies(context, Json.read(input, ListAnomaliesRequest.class));
            case "ListIntegrations":
                return api.listIntegrations(context, Json.read(input, ListIntegrationsRequest.class));
            case "ListLogAnomalyDetectors":
                return api.listLogAnomalyDetectors(context, Json.read(input, ListLogAnomalyDetectorsRequest.class));
            case "ListLogGroups":
                return api.listLogGroups(context, Json.read(input, ListLogGroupsRequest.class));
            case "ListLogGroupsForQuery":
                return api.listLogGroupsForQuery(context, Json.read(input, ListLogGroupsForQueryRequest.class));
            case "ListScheduledQueries":
                return api.listScheduledQueries(context, Json.read(input, ListScheduledQueriesRequest.class));
            case "ListSourcesForS3TableIntegration":
                return api.listSourcesForS3TableIntegration(context, Json.read(input, ListSourcesForS3TableIntegrationRequest.class));
            case "ListTagsForResource":
                return api.listTagsForResource(context, Json.read(input, ListTagsForResourceRequest.class));
            case "ListTagsLogGroup":
                return api.listTagsLogGroup(context, Json.read(input, ListTagsLogGroupRequest.class));
            case "PutAccountPolicy":
                return api.putAccountPolicy(context, Json.read(input, PutAccountPolicyRequest.class));
            case "PutBearerTokenAuthentication":
                api.putBearerTokenAuthentication(context, Json.read(input, PutBearerTokenAuthenticationRequest.class));
                return null;
            case "PutDataProtectionPolicy":
                return api.putDataProtectionPolicy(context, Json.read(input, PutDataProtectionPolicyRequest.class));
            case "PutDeliveryDestination":
                return api.putDeliveryDestination(context, Json.read(input, PutDeliveryDestinationRequest.class));
            case "PutDeliveryDestinationPolicy":
                return api.putDeliveryDestinationPolicy(context, Json.read(input, PutDeliveryDestinationPolicyRequest.class));
            case "PutDeliverySource":
                return api.putDeliverySource(context, Json.read(input, PutDeliverySourceRequest.class));
            case "PutDestination":
                return api.putDestination(context, Json.read(input, PutDestinationRequest.class));
            case "PutDestinationPolicy":
                api.putDestinationPolicy(context, Json.read(input, PutDestinationPolicyRequest.class));
                return null;
            case "PutIndexPolicy":
                return api.putIndexPolicy(context, Json.read(input, PutIndexPolicyRequest.class));
            case "PutIntegration":
                return api.putIntegration(context, Json.read(input, PutIntegrationRequest.class));
            case "PutLogEvents":
                return api.putLogEvents(context, Json.read(input, PutLogEventsRequest.class));
            case "PutLogGroupDeletionProtection":
                api.putLogGroupDeletionProtection(context, Json.read(input, PutLogGroupDeletionProtectionRequest.class));
                return null;
            case "PutMetricFilter":
                api.putMetricFilter(context, Json.read(input, PutMetricFilterRequest.class));
                return null;
            case "PutQueryDefinition":
                return api.putQueryDefinition(context, Json.read(input, PutQueryDefinitionRequest.class));
            case "PutResourcePolicy":
                return api.putResourcePolicy(context, Json.read(input, PutResourcePolicyRequest.class));
            case "PutRetentionPolicy":
                api.putRetentionPolicy(context, Json.read(input, PutRetentionPolicyRequest.class));
                return null;
            case "PutSubscriptionFilter":
                api.putSubscriptionFilter(context, Json.read(input, PutSubscriptionFilterRequest.class));
                return null;
            case "PutTransformer":
                api.putTransformer(context, Json.read(input, PutTransformerRequest.class));
                return null;
            case "StartLiveTail":
                return api.startLiveTail(context, Json.read(input, StartLiveTailRequest.class));
            case "StartQuery":
                return api.startQuery(context, Json.read(input, StartQueryRequest.class));
            case "StopQuery":
                return api.stopQuery(context, Json.read(input, StopQueryRequest.class));
            case "TagLogGroup":
                api.tagLogGroup(context, Json.read(input, TagLogGroupRequest.class));
                return null;
            case "TagResource":
                api.tagResource(context, Json.read(input, TagResourceRequest.class));
                return null;
            case "TestMetricFilter":
                return api.testMetricFilter(context, Json.read(input, TestMetricFilterRequest.class));
            case "TestTransformer":
                return api.testTransformer(context, Json.read(input, TestTransformerRequest.class));
            case "UntagLogGroup":
                api.untagLogGroup(context, Json.read(input, UntagLogGroupRequest.class));
                return null;
            case "UntagResource":
                api.untagResource(context, Json.read(input, UntagResourceRequest.class));
                return null;
            case "UpdateAnomaly":
                api.updateAnomaly(context, Json.read(input, UpdateAnomalyRequest.class));
                return null;
            case "UpdateDeliveryConfiguration":
                return api.updateDeliveryConfiguration(context, Json.read(input, UpdateDeliveryConfigurationRequest.class));
            case "UpdateLogAnomalyDetector":
                api.updateLogAnomalyDetector(context, Json.read(input, UpdateLogAnomalyDetectorRequest.class));
                return null;
            case "UpdateLookupTable":
                return api.updateLookupTable(context, Json.read(input, UpdateLookupTableRequest.class));
            case "UpdateScheduledQuery":
                return api.updateScheduledQuery(context, Json.read(input, UpdateScheduledQueryRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
