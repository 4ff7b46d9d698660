// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of cloudtrail, one method each; those a service does not override answer 501. */
public interface CloudTrailApi {

    default AddTagsResponse addTags(RequestContext context, AddTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelQueryResponse cancelQuery(RequestContext context, CancelQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateChannelResponse createChannel(RequestContext context, CreateChannelRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateDashboardResponse createDashboard(RequestContext context, CreateDashboardRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateEventDataStoreResponse createEventDataStore(RequestContext context, CreateEventDataStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTrailResponse createTrail(RequestContext context, CreateTrailRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteChannelResponse deleteChannel(RequestContext context, DeleteChannelRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteDashboardResponse deleteDashboard(RequestContext context, DeleteDashboardRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteEventDataStoreResponse deleteEventDataStore(RequestContext context, DeleteEventDataStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteResourcePolicyResponse deleteResourcePolicy(RequestContext context, DeleteResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteTrailResponse deleteTrail(RequestContext context, DeleteTrailRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeregisterOrganizationDelegatedAdminResponse deregisterOrganizationDelegatedAdmin(RequestContext context, DeregisterOrganizationDelegatedAdminRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeQueryResponse describeQuery(RequestContext context, DescribeQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeTrailsResponse describeTrails(RequestContext context, DescribeTrailsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisableFederationResponse disableFederation(RequestContext context, DisableFederationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EnableFederationResponse enableFederation(RequestContext context, EnableFederationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GenerateQueryResponse generateQuery(RequestContext context, GenerateQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetChannelResponse getChannel(RequestContext context, GetChannelRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDashboardResponse getDashboard(RequestContext context, GetDashboardRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetEventConfigurationResponse getEventConfiguration(RequestContext context, GetEventConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetEventDataStoreResponse getEventDataStore(RequestContext context, GetEventDataStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetEventSelectorsResponse getEventSelectors(RequestContext context, GetEventSelectorsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetImportResponse getImport(RequestContext context, GetImportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetInsightSelectorsResponse getInsightSelectors(RequestContext context, GetInsightSelectorsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetQueryResultsResponse getQueryResults(RequestContext context, GetQueryResultsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetResourcePolicyResponse getResourcePolicy(RequestContext context, GetResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTrailResponse getTrail(RequestContext context, GetTrailRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetTrailStatusResponse getTrailStatus(RequestContext context, GetTrailStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListChannelsResponse listChannels(RequestContext context, ListChannelsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListDashboardsResponse listDashboards(RequestContext context, ListDashboardsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListEventDataStoresResponse listEventDataStores(RequestContext context, ListEventDataStoresRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListImportFailuresResponse listImportFailures(RequestContext context, ListImportFailuresRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListImportsResponse listImports(RequestContext context, ListImportsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListInsightsDataResponse listInsightsData(RequestContext context, ListInsightsDataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListInsightsMetricDataResponse listInsightsMetricData(RequestContext context, ListInsightsMetricDataRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListPublicKeysResponse listPublicKeys(RequestContext context, ListPublicKeysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListQueriesResponse listQueries(RequestContext context, ListQueriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListTagsResponse listTags(RequestContext context, ListTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListTrailsResponse listTrails(RequestContext context, ListTrailsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default LookupEventsResponse lookupEvents(RequestContext context, LookupEventsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutEventConfigurationResponse putEventConfiguration(RequestContext context, PutEventConfigurationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutEventSelectorsResponse putEventSelectors(RequestContext context, PutEventSelectorsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutInsightSelectorsResponse putInsightSelectors(RequestContext context, PutInsightSelectorsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutResourcePolicyResponse putResourcePolicy(RequestContext context, PutResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RegisterOrganizationDelegatedAdminResponse registerOrganizationDelegatedAdmin(RequestContext context, RegisterOrganizationDelegatedAdminRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RemoveTagsResponse removeTags(RequestContext context, RemoveTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RestoreEventDataStoreResponse restoreEventDataStore(RequestContext context, RestoreEventDataStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SearchSampleQueriesResponse searchSampleQueries(RequestContext context, SearchSampleQueriesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartDashboardRefreshResponse startDashboardRefresh(RequestContext context, StartDashboardRefreshRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartEventDataStoreIngestionResponse startEventDataStoreIngestion(RequestContext context, StartEventDataStoreIngestionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartImportResponse startImport(RequestContext context, StartImportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartLoggingResponse startLogging(RequestContext context, StartLoggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartQueryResponse startQuery(RequestContext context, StartQueryRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StopEventDataStoreIngestionResponse stopEventDataStoreIngestion(RequestContext context, StopEventDataStoreIngestionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StopImportResponse stopImport(RequestContext context, StopImportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StopLoggingResponse stopLogging(RequestContext context, StopLoggingRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateChannelResponse updateChannel(RequestContext context, UpdateChannelRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateDashboardResponse updateDashboard(RequestContext context, UpdateDashboardRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateEventDataStoreResponse updateEventDataStore(RequestContext context, UpdateEventDataStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateTrailResponse updateTrail(RequestContext context, UpdateTrailRequest input) {
        throw AwsException.notImplemented(context);
    }
}
