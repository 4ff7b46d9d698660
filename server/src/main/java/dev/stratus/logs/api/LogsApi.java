// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of logs, one method each; those a service does not override answer 501. */
public interface LogsApi {

    default void associateKmsKey(RequestContext context, AssociateKmsKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssociateSourceToS3TableIntegrationResponse associateSourceToS3TableIntegration(RequestContext context, AssociateSourceToS3TableIntegrationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void cancelExportTask(RequestContext context, CancelExportTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelImportTaskResponse cancelImportTask(RequestContext context, CancelImportTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateDeliveryResponse createDelivery(RequestContext context, CreateDeliveryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateExportTaskResponse createExportTask(RequestContext context, CreateExportTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateImportTaskResponse createImportTask(RequestContext context, CreateImportTaskRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLogAnomalyDetectorResponse createLogAnomalyDetector(RequestContext context, CreateLogAnomalyDetectorRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void createLogGroup(RequestContext context, CreateLogGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void createLogStream(RequestContext context, CreateLogStreamRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateLookupTableResponse createLookupTable(RequestContext context, CreateLookupTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateScheduledQueryResponse createScheduledQuery(RequestContext context, CreateScheduledQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteAccountPolicy(RequestContext context, DeleteAccountPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteDataProtectionPolicy(RequestContext context, DeleteDataProtectionPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteDelivery(RequestContext context, DeleteDeliveryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteDeliveryDestination(RequestContext context, DeleteDeliveryDestinationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteDeliveryDestinationPolicy(RequestContext context, DeleteDeliveryDestinationPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteDeliverySource(RequestContext context, DeleteDeliverySourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteDestination(RequestContext context, DeleteDestinationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIndexPolicyResponse deleteIndexPolicy(RequestContext context, DeleteIndexPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteIntegrationResponse deleteIntegration(RequestContext context, DeleteIntegrationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteLogAnomalyDetector(RequestContext context, DeleteLogAnomalyDetectorRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteLogGroup(RequestContext context, DeleteLogGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteLogStream(RequestContext context, DeleteLogStreamRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteLookupTable(RequestContext context, DeleteLookupTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteMetricFilter(RequestContext context, DeleteMetricFilterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteQueryDefinitionResponse deleteQueryDefinition(RequestContext context, DeleteQueryDefinitionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteResourcePolicy(RequestContext context, DeleteResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteRetentionPolicy(RequestContext context, DeleteRetentionPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteScheduledQueryResponse deleteScheduledQuery(RequestContext context, DeleteScheduledQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteSubscriptionFilter(RequestContext context, DeleteSubscriptionFilterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteTransformer(RequestContext context, DeleteTransformerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAccountPoliciesResponse describeAccountPolicies(RequestContext context, DescribeAccountPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeConfigurationTemplatesResponse describeConfigurationTemplates(RequestContext context, DescribeConfigurationTemplatesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeDeliveriesResponse describeDeliveries(RequestContext context, DescribeDeliveriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeDeliveryDestinationsResponse describeDeliveryDestinations(RequestContext context, DescribeDeliveryDestinationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeDeliverySourcesResponse describeDeliverySources(RequestContext context, DescribeDeliverySourcesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeDestinationsResponse describeDestinations(RequestContext context, DescribeDestinationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeExportTasksResponse describeExportTasks(RequestContext context, DescribeExportTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeFieldIndexesResponse describeFieldIndexes(RequestContext context, DescribeFieldIndexesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeImportTaskBatchesResponse describeImportTaskBatches(RequestContext context, DescribeImportTaskBatchesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeImportTasksResponse describeImportTasks(RequestContext context, DescribeImportTasksRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeIndexPoliciesResponse describeIndexPolicies(RequestContext context, DescribeIndexPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLogGroupsResponse describeLogGroups(RequestContext context, DescribeLogGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLogStreamsResponse describeLogStreams(RequestContext context, DescribeLogStreamsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeLookupTablesResponse describeLookupTables(RequestContext context, DescribeLookupTablesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeMetricFiltersResponse describeMetricFilters(RequestContext context, DescribeMetricFiltersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeQueriesResponse describeQueries(RequestContext context, DescribeQueriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeQueryDefinitionsResponse describeQueryDefinitions(RequestContext context, DescribeQueryDefinitionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeResourcePoliciesResponse describeResourcePolicies(RequestContext context, DescribeResourcePoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSubscriptionFiltersResponse describeSubscriptionFilters(RequestContext context, DescribeSubscriptionFiltersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void disassociateKmsKey(RequestContext context, DisassociateKmsKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisassociateSourceFromS3TableIntegrationResponse disassociateSourceFromS3TableIntegration(RequestContext context, DisassociateSourceFromS3TableIntegrationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default FilterLogEventsResponse filterLogEvents(RequestContext context, FilterLogEventsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDataProtectionPolicyResponse getDataProtectionPolicy(RequestContext context, GetDataProtectionPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDeliveryResponse getDelivery(RequestContext context, GetDeliveryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDeliveryDestinationResponse getDeliveryDestination(RequestContext context, GetDeliveryDestinationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDeliveryDestinationPolicyResponse getDeliveryDestinationPolicy(RequestContext context, GetDeliveryDestinationPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDeliverySourceResponse getDeliverySource(RequestContext context, GetDeliverySourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetIntegrationResponse getIntegration(RequestContext context, GetIntegrationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLogAnomalyDetectorResponse getLogAnomalyDetector(RequestContext context, GetLogAnomalyDetectorRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLogEventsResponse getLogEvents(RequestContext context, GetLogEventsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLogFieldsResponse getLogFields(RequestContext context, GetLogFieldsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLogGroupFieldsResponse getLogGroupFields(RequestContext context, GetLogGroupFieldsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLogObjectResponse getLogObject(RequestContext context, GetLogObjectRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLogRecordResponse getLogRecord(RequestContext context, GetLogRecordRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetLookupTableResponse getLookupTable(RequestContext context, GetLookupTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetQueryResultsResponse getQueryResults(RequestContext context, GetQueryResultsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetScheduledQueryResponse getScheduledQuery(RequestContext context, GetScheduledQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetScheduledQueryHistoryResponse getScheduledQueryHistory(RequestContext context, GetScheduledQueryHistoryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTransformerResponse getTransformer(RequestContext context, GetTransformerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAggregateLogGroupSummariesResponse listAggregateLogGroupSummaries(RequestContext context, ListAggregateLogGroupSummariesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAnomaliesResponse listAnomalies(RequestContext context, ListAnomaliesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListIntegrationsResponse listIntegrations(RequestContext context, ListIntegrationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListLogAnomalyDetectorsResponse listLogAnomalyDetectors(RequestContext context, ListLogAnomalyDetectorsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListLogGroupsResponse listLogGroups(RequestContext context, ListLogGroupsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListLogGroupsForQueryResponse listLogGroupsForQuery(RequestContext context, ListLogGroupsForQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListScheduledQueriesResponse listScheduledQueries(RequestContext context, ListScheduledQueriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListSourcesForS3TableIntegrationResponse listSourcesForS3TableIntegration(RequestContext context, ListSourcesForS3TableIntegrationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListTagsForResourceResponse listTagsForResource(RequestContext context, ListTagsForResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListTagsLogGroupResponse listTagsLogGroup(RequestContext context, ListTagsLogGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutAccountPolicyResponse putAccountPolicy(RequestContext context, PutAccountPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putBearerTokenAuthentication(RequestContext context, PutBearerTokenAuthenticationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutDataProtectionPolicyResponse putDataProtectionPolicy(RequestContext context, PutDataProtectionPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutDeliveryDestinationResponse putDeliveryDestination(RequestContext context, PutDeliveryDestinationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutDeliveryDestinationPolicyResponse putDeliveryDestinationPolicy(RequestContext context, PutDeliveryDestinationPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutDeliverySourceResponse putDeliverySource(RequestContext context, PutDeliverySourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutDestinationResponse putDestination(RequestContext context, PutDestinationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putDestinationPolicy(RequestContext context, PutDestinationPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutIndexPolicyResponse putIndexPolicy(RequestContext context, PutIndexPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutIntegrationResponse putIntegration(RequestContext context, PutIntegrationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutLogEventsResponse putLogEvents(RequestContext context, PutLogEventsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putLogGroupDeletionProtection(RequestContext context, PutLogGroupDeletionProtectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putMetricFilter(RequestContext context, PutMetricFilterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutQueryDefinitionResponse putQueryDefinition(RequestContext context, PutQueryDefinitionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutResourcePolicyResponse putResourcePolicy(RequestContext context, PutResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putRetentionPolicy(RequestContext context, PutRetentionPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putSubscriptionFilter(RequestContext context, PutSubscriptionFilterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putTransformer(RequestContext context, PutTransformerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartLiveTailResponse startLiveTail(RequestContext context, StartLiveTailRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartQueryResponse startQuery(RequestContext context, StartQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StopQueryResponse stopQuery(RequestContext context, StopQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagLogGroup(RequestContext context, TagLogGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagResource(RequestContext context, TagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default TestMetricFilterResponse testMetricFilter(RequestContext context, TestMetricFilterRequest input) {
        throw AwsException.notImplemented(context);
    }

    default TestTransformerResponse testTransformer(RequestContext context, TestTransformerRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagLogGroup(RequestContext context, UntagLogGroupRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagResource(RequestContext context, UntagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateAnomaly(RequestContext context, UpdateAnomalyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateDeliveryConfigurationResponse updateDeliveryConfiguration(RequestContext context, UpdateDeliveryConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateLogAnomalyDetector(RequestContext context, UpdateLogAnomalyDetectorRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateLookupTableResponse updateLookupTable(RequestContext context, UpdateLookupTableRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateScheduledQueryResponse updateScheduledQuery(RequestContext context, UpdateScheduledQueryRequest input) {
        throw AwsException.notImplemented(context);
    }
}
