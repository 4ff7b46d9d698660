// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class EventsDispatcher implements ServiceDispatcher {
    private final EventsApi api;

    public EventsDispatcher(EventsApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "ActivateEventSource":
                api.activateEventSource(context, Json.read(input, ActivateEventSourceRequest.class));
                return null;
            case "CancelReplay":
                return api.cancelReplay(context, Json.read(input, CancelReplayRequest.class));
            case "CreateApiDestination":
                return api.createApiDestination(context, Json.read(input, CreateApiDestinationRequest.class));
            case "CreateArchive":
                return api.createArchive(context, Json.read(input, CreateArchiveRequest.class));
            case "CreateConnection":
                return api.createConnection(context, Json.read(input, CreateConnectionRequest.class));
            case "CreateEndpoint":
                return api.createEndpoint(context, Json.read(input, CreateEndpointRequest.class));
            case "CreateEventBus":
                return api.createEventBus(context, Json.read(input, CreateEventBusRequest.class));
            case "CreatePartnerEventSource":
                return api.createPartnerEventSource(context, Json.read(input, CreatePartnerEventSourceRequest.class));
            case "DeactivateEventSource":
                api.deactivateEventSource(context, Json.read(input, DeactivateEventSourceRequest.class));
                return null;
            case "DeauthorizeConnection":
                return api.deauthorizeConnection(context, Json.read(input, DeauthorizeConnectionRequest.class));
            case "DeleteApiDestination":
                return api.deleteApiDestination(context, Json.read(input, DeleteApiDestinationRequest.class));
            case "DeleteArchive":
                return api.deleteArchive(context, Json.read(input, DeleteArchiveRequest.class));
            case "DeleteConnection":
                return api.deleteConnection(context, Json.read(input, DeleteConnectionRequest.class));
            case "DeleteEndpoint":
                return api.deleteEndpoint(context, Json.read(input, DeleteEndpointRequest.class));
            case "DeleteEventBus":
                api.deleteEventBus(context, Json.read(input, DeleteEventBusRequest.class));
                return null;
            case "DeletePartnerEventSource":
                api.deletePartnerEventSource(context, Json.read(input, DeletePartnerEventSourceRequest.class));
                return null;
            case "DeleteRule":
                api.deleteRule(context, Json.read(input, DeleteRuleRequest.class));
                return null;
            case "DescribeApiDestination":
                return api.describeApiDestination(context, Json.read(input, DescribeApiDestinationRequest.class));
            case "DescribeArchive":
                return api.describeArchive(context, Json.read(input, DescribeArchiveRequest.class));
            case "DescribeConnection":
                return api.describeConnection(context, Json.read(input, DescribeConnectionRequest.class));
            case "DescribeEndpoint":
                return api.describeEndpoint(context, Json.read(input, DescribeEndpointRequest.class));
            case "DescribeEventBus":
                return api.describeEventBus(context, Json.read(input, DescribeEventBusRequest.class));
            case "DescribeEventSource":
                return api.describeEventSource(context, Json.read(input, DescribeEventSourceRequest.class));
            case "DescribePartnerEventSource":
                return api.describePartnerEventSource(context, Json.read(input, DescribePartnerEventSourceRequest.class));
            case "DescribeReplay":
                return api.describeReplay(context, Json.read(input, DescribeReplayRequest.class));
            case "DescribeRule":
                return api.describeRule(context, Json.read(input, DescribeRuleRequest.class));
            case "DisableRule":
                api.disableRule(context, Json.read(input, DisableRuleRequest.class));
                return null;
            case "EnableRule":
                api.enableRule(context, Json.read(input, EnableRuleRequest.class));
                return null;
            case "ListApiDestinations":
                return api.listApiDestinations(context, Json.read(input, ListApiDestinationsRequest.class));
            case "ListArchives":
                return api.listArchives(context, Json.read(input, ListArchivesRequest.class));
            case "ListConnections":
                return api.listConnections(context, Json.read(input, ListConnectionsRequest.class));
            case "ListEndpoints":
                return api.listEndpoints(context, Json.read(input, ListEndpointsRequest.class));
            case "ListEventBuses":
                return api.listEventBuses(context, Json.read(input, ListEventBusesRequest.class));
            case "ListEventSources":
                return api.listEventSources(context, Json.read(input, ListEventSourcesRequest.class));
            case "ListPartnerEventSourceAccounts":
                return api.listPartnerEventSourceAccounts(context, Json.read(input, ListPartnerEventSourceAccountsRequest.class));
            case "ListPartnerEventSources":
                return api.listPartnerEventSources(context, Json.read(input, ListPartnerEventSourcesRequest.class));
            case "ListReplays":
                return api.listReplays(context, Json.read(input, ListReplaysRequest.class));
            case "ListRuleNamesByTarget":
                return api.listRuleNamesByTarget(context, Json.read(input, ListRuleNamesByTargetRequest.class));
            case "ListRules":
                return api.listRules(context, Json.read(input, ListRulesRequest.class));
            case "ListTagsForResource":
                return api.listTagsForResource(context, Json.read(input, ListTagsForResourceRequest.class));
            case "ListTargetsByRule":
                return api.listTargetsByRule(context, Json.read(input, ListTargetsByRuleRequest.class));
            case "PutEvents":
                return api.putEvents(context, Json.read(input, PutEventsRequest.class));
            case "PutPartnerEvents":
                return api.putPartnerEvents(context, Json.read(input, PutPartnerEventsRequest.class));
            case "PutPermission":
                api.putPermission(context, Json.read(input, PutPermissionRequest.class));
                return null;
            case "PutRule":
                return api.putRule(context, Json.read(input, PutRuleRequest.class));
            case "PutTargets":
                return api.putTargets(context, Json.read(input, PutTargetsRequest.class));
            case "RemovePermission":
                api.removePermission(context, Json.read(input, RemovePermissionRequest.class));
                return null;
            case "RemoveTargets":
                return api.removeTargets(context, Json.read(input, RemoveTargetsRequest.class));
            case "StartReplay":
                return api.startReplay(context, Json.read(input, StartReplayRequest.class));
            case "TagResource":
                return api.tagResource(context, Json.read(input, TagResourceRequest.class));
            case "TestEventPattern":
                return api.testEventPattern(context, Json.read(input, TestEventPatternRequest.class));
            case "UntagResource":
                return api.untagResource(context, Json.read(input, UntagResourceRequest.class));
            case "UpdateApiDestination":
                return api.updateApiDestination(context, Json.read(input, UpdateApiDestinationRequest.class));
            case "UpdateArchive":
                return api.updateArchive(context, Json.read(input, UpdateArchiveRequest.class));
            case "UpdateConnection":
                return api.updateConnection(context, Json.read(input, UpdateConnectionRequest.class));
            case "UpdateEndpoint":
                return api.updateEndpoint(context, Json.read(input, UpdateEndpointRequest.class));
            case "UpdateEventBus":
                return api.updateEventBus(context, Json.read(input, UpdateEventBusRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
