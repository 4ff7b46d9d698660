// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class CloudTrailDispatcher implements ServiceDispatcher {
    private final CloudTrailApi api;

    public CloudTrailDispatcher(CloudTrailApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AddTags":
                return api.addTags(context, Json.read(input, AddTagsRequest.class));
            case "CancelQuery":
                return api.cancelQuery(context, Json.read(input, CancelQueryRequest.class));
            case "CreateChannel":
                return api.createChannel(context, Json.read(input, CreateChannelRequest.class));
            case "CreateDashboard":
                return api.createDashboard(context, Json.read(input, CreateDashboardRequest.class));
            case "CreateEventDataStore":
                return api.createEventDataStore(context, Json.read(input, CreateEventDataStoreRequest.class));
            case "CreateTrail":
                return api.createTrail(context, Json.read(input, CreateTrailRequest.class));
            case "DeleteChannel":
                return api.deleteChannel(context, Json.read(input, DeleteChannelRequest.class));
            case "DeleteDashboard":
                return api.deleteDashboard(context, Json.read(input, DeleteDashboardRequest.class));
            case "DeleteEventDataStore":
                return api.deleteEventDataStore(context, Json.read(input, DeleteEventDataStoreRequest.class));
            case "DeleteResourcePolicy":
                return api.deleteResourcePolicy(context, Json.read(input, DeleteResourcePolicyRequest.class));
            case "DeleteTrail":
                return api.deleteTrail(context, Json.read(input, DeleteTrailRequest.class));
            case "DeregisterOrganizationDelegatedAdmin":
                return api.deregisterOrganizationDelegatedAdmin(context, Json.read(input, DeregisterOrganizationDelegatedAdminRequest.class));
            case "DescribeQuery":
                return api.describeQuery(context, Json.read(input, DescribeQueryRequest.class));
            case "DescribeTrails":
                return api.describeTrails(context, Json.read(input, DescribeTrailsRequest.class));
            case "DisableFederation":
                return api.disableFederation(context, Json.read(input, DisableFederationRequest.class));
            case "EnableFederation":
                return api.enableFederation(context, Json.read(input, EnableFederationRequest.class));
            case "GenerateQuery":
                return api.generateQuery(context, Json.read(input, GenerateQueryRequest.class));
            case "GetChannel":
                return api.getChannel(context, Json.read(input, GetChannelRequest.class));
            case "GetDashboard":
                return api.getDashboard(context, Json.read(input, GetDashboardRequest.class));
            case "GetEventConfiguration":
                return api.getEventConfiguration(context, Json.read(input, GetEventConfigurationRequest.class));
            case "GetEventDataStore":
                return api.getEventDataStore(context, Json.read(input, GetEventDataStoreRequest.class));
            case "GetEventSelectors":
                return api.getEventSelectors(context, Json.read(input, GetEventSelectorsRequest.class));
            case "GetImport":
                return api.getImport(context, Json.read(input, GetImportRequest.class));
            case "GetInsightSelectors":
                return api.getInsightSelectors(context, Json.read(input, GetInsightSelectorsRequest.class));
            case "GetQueryResults":
                return api.getQueryResults(context, Json.read(input, GetQueryResultsRequest.class));
            case "GetResourcePolicy":
                return api.getResourcePolicy(context, Json.read(input, GetResourcePolicyRequest.class));
            case "GetTrail":
                return api.getTrail(context, Json.read(input, GetTrailRequest.class));
            case "GetTrailStatus":
                return api.getTrailStatus(context, Json.read(input, GetTrailStatusRequest.class));
            case "ListChannels":
                return api.listChannels(context, Json.read(input, ListChannelsRequest.class));
            case "ListDashboards":
                return api.listDashboards(context, Json.read(input, ListDashboardsRequest.class));
            case "ListEventDataStores":
                return api.listEventDataStores(context, Json.read(input, ListEventDataStoresRequest.class));
            case "ListImportFailures":
                return api.listImportFailures(context, Json.read(input, ListImportFailuresRequest.class));
            case "ListImports":
                return api.listImports(context, Json.read(input, ListImportsRequest.class));
            case "ListInsightsData":
                return api.listInsightsData(context, Json.read(input, ListInsightsDataRequest.class));
            case "ListInsightsMetricData":
                return api.listInsightsMetricData(context, Json.read(input, ListInsightsMetricDataRequest.class));
            case "ListPublicKeys":
                return api.listPublicKeys(context, Json.read(input, ListPublicKeysRequest.class));
            case "ListQueries":
                return api.listQueries(context, Json.read(input, ListQueriesRequest.class));
            case "ListTags":
                return api.listTags(context, Json.read(input, ListTagsRequest.class));
            case "ListTrails":
                return api.listTrails(context, Json.read(input, ListTrailsRequest.class));
            case "LookupEvents":
                return api.lookupEvents(context, Json.read(input, LookupEventsRequest.class));
            case "PutEventConfiguration":
                return api.putEventConfiguration(context, Json.read(input, PutEventConfigurationRequest.class));
            case "PutEventSelectors":
                return api.putEventSelectors(context, Json.read(input, PutEventSelectorsRequest.class));
            case "PutInsightSelectors":
                return api.putInsightSelectors(context, Json.read(input, PutInsightSelectorsRequest.class));
            case "PutResourcePolicy":
                return api.putResourcePolicy(context, Json.read(input, PutResourcePolicyRequest.class));
            case "RegisterOrganizationDelegatedAdmin":
                return api.registerOrganizationDelegatedAdmin(context, Json.read(input, RegisterOrganizationDelegatedAdminRequest.class));
            case "RemoveTags":
                return api.removeTags(context, Json.read(input, RemoveTagsRequest.class));
            case "RestoreEventDataStore":
                return api.restoreEventDataStore(context, Json.read(input, RestoreEventDataStoreRequest.class));
            case "SearchSampleQueries":
                return api.searchSampleQueries(context, Json.read(input, SearchSampleQueriesRequest.class));
            case "StartDashboardRefresh":
                return api.startDashboardRefresh(context, Json.read(input, StartDashboardRefreshRequest.class));
            case "StartEventDataStoreIngestion":
                return api.startEventDataStoreIngestion(context, Json.read(input, StartEventDataStoreIngestionRequest.class));
            case "StartImport":
                return api.startImport(context, Json.read(input, StartImportRequest.class));
            case "StartLogging":
                return api.startLogging(context, Json.read(input, StartLoggingRequest.class));
            case "StartQuery":
                return api.startQuery(context, Json.read(input, StartQueryRequest.class));
            case "StopEventDataStoreIngestion":
                return api.stopEventDataStoreIngestion(context, Json.read(input, StopEventDataStoreIngestionRequest.class));
            case "StopImport":
                return api.stopImport(context, Json.read(input, StopImportRequest.class));
            case "StopLogging":
                return api.stopLogging(context, Json.read(input, StopLoggingRequest.class));
            case "UpdateChannel":
                return api.updateChannel(context, Json.read(input, UpdateChannelRequest.class));
            case "UpdateDashboard":
                return api.updateDashboard(context, Json.read(input, UpdateDashboardRequest.class));
            case "UpdateEventDataStore":
                return api.updateEventDataStore(context, Json.read(input, UpdateEventDataStoreRequest.class));
            case "UpdateTrail":
                return api.updateTrail(context, Json.read(input, UpdateTrailRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
