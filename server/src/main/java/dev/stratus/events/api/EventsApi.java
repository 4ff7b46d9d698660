// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of events, one method each; those a service does not override answer 501. */
public interface EventsApi {

    default void activateEventSource(RequestContext context, ActivateEventSourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelReplayResponse cancelReplay(RequestContext context, CancelReplayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateApiDestinationResponse createApiDestination(RequestContext context, CreateApiDestinationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateArchiveResponse createArchive(RequestContext context, CreateArchiveRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateConnectionResponse createConnection(RequestContext context, CreateConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateEndpointResponse createEndpoint(RequestContext context, CreateEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateEventBusResponse createEventBus(RequestContext context, CreateEventBusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreatePartnerEventSourceResponse createPartnerEventSource(RequestContext context, CreatePartnerEventSourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deactivateEventSource(RequestContext context, DeactivateEventSourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeauthorizeConnectionResponse deauthorizeConnection(RequestContext context, DeauthorizeConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteApiDestinationResponse deleteApiDestination(RequestContext context, DeleteApiDestinationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteArchiveResponse deleteArchive(RequestContext context, DeleteArchiveRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteConnectionResponse deleteConnection(RequestContext context, DeleteConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteEndpointResponse deleteEndpoint(RequestContext context, DeleteEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteEventBus(RequestContext context, DeleteEventBusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deletePartnerEventSource(RequestContext context, DeletePartnerEventSourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteRule(RequestContext context, DeleteRuleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeApiDestinationResponse describeApiDestination(RequestContext context, DescribeApiDestinationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeArchiveResponse describeArchive(RequestContext context, DescribeArchiveRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeConnectionResponse describeConnection(RequestContext context, DescribeConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeEndpointResponse describeEndpoint(RequestContext context, DescribeEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeEventBusResponse describeEventBus(RequestContext context, DescribeEventBusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeEventSourceResponse describeEventSource(RequestContext context, DescribeEventSourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribePartnerEventSourceResponse describePartnerEventSource(RequestContext context, DescribePartnerEventSourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeReplayResponse describeReplay(RequestContext context, DescribeReplayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeRuleResponse describeRule(RequestContext context, DescribeRuleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void disableRule(RequestContext context, DisableRuleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void enableRule(RequestContext context, EnableRuleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListApiDestinationsResponse listApiDestinations(RequestContext context, ListApiDestinationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListArchivesResponse listArchives(RequestContext context, ListArchivesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListConnectionsResponse listConnections(RequestContext context, ListConnectionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListEndpointsResponse listEndpoints(RequestContext context, ListEndpointsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListEventBusesResponse listEventBuses(RequestContext context, ListEventBusesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListEventSourcesResponse listEventSources(RequestContext context, ListEventSourcesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListPartnerEventSourceAccountsResponse listPartnerEventSourceAccounts(RequestContext context, ListPartnerEventSourceAccountsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListPartnerEventSourcesResponse listPartnerEventSources(RequestContext context, ListPartnerEventSourcesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListReplaysResponse listReplays(RequestContext context, ListReplaysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListRuleNamesByTargetResponse listRuleNamesByTarget(RequestContext context, ListRuleNamesByTargetRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListRulesResponse listRules(RequestContext context, ListRulesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListTagsForResourceResponse listTagsForResource(RequestContext context, ListTagsForResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListTargetsByRuleResponse listTargetsByRule(RequestContext context, ListTargetsByRuleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutEventsResponse putEvents(RequestContext context, PutEventsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutPartnerEventsResponse putPartnerEvents(RequestContext context, PutPartnerEventsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putPermission(RequestContext context, PutPermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutRuleResponse putRule(RequestContext context, PutRuleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutTargetsResponse putTargets(RequestContext context, PutTargetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void removePermission(RequestContext context, RemovePermissionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RemoveTargetsResponse removeTargets(RequestContext context, RemoveTargetsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StartReplayResponse startReplay(RequestContext context, StartReplayRequest input) {
        throw AwsException.notImplemented(context);
    }

    default TagResourceResponse tagResource(RequestContext context, TagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default TestEventPatternResponse testEventPattern(RequestContext context, TestEventPatternRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UntagResourceResponse untagResource(RequestContext context, UntagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateApiDestinationResponse updateApiDestination(RequestContext context, UpdateApiDestinationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateArchiveResponse updateArchive(RequestContext context, UpdateArchiveRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateConnectionResponse updateConnection(RequestContext context, UpdateConnectionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateEndpointResponse updateEndpoint(RequestContext context, UpdateEndpointRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateEventBusResponse updateEventBus(RequestContext context, UpdateEventBusRequest input) {
        throw AwsException.notImplemented(context);
    }
}
