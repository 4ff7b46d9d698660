// Generated from the sns model by scripts/generate-apis. Do not edit.
package dev.stratus.sns.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class SnsDispatcher implements ServiceDispatcher {
    private final SnsApi api;

    public SnsDispatcher(SnsApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AddPermission":
                api.addPermission(context, Json.read(input, AddPermissionInput.class));
                return null;
            case "CheckIfPhoneNumberIsOptedOut":
                return api.checkIfPhoneNumberIsOptedOut(context, Json.read(input, CheckIfPhoneNumberIsOptedOutInput.class));
            case "ConfirmSubscription":
                return api.confirmSubscription(context, Json.read(input, ConfirmSubscriptionInput.class));
            case "CreatePlatformApplication":
                return api.createPlatformApplication(context, Json.read(input, CreatePlatformApplicationInput.class));
            case "CreatePlatformEndpoint":
                return api.createPlatformEndpoint(context, Json.read(input, CreatePlatformEndpointInput.class));
            case "CreateSMSSandboxPhoneNumber":
                return api.createSMSSandboxPhoneNumber(context, Json.read(input, CreateSMSSandboxPhoneNumberInput.class));
            case "CreateTopic":
                return api.createTopic(context, Json.read(input, CreateTopicInput.class));
            case "DeleteEndpoint":
                api.deleteEndpoint(context, Json.read(input, DeleteEndpointInput.class));
                return null;
            case "DeletePlatformApplication":
                api.deletePlatformApplication(context, Json.read(input, DeletePlatformApplicationInput.class));
                return null;
            case "DeleteSMSSandboxPhoneNumber":
                return api.deleteSMSSandboxPhoneNumber(context, Json.read(input, DeleteSMSSandboxPhoneNumberInput.class));
            case "DeleteTopic":
                api.deleteTopic(context, Json.read(input, DeleteTopicInput.class));
                return null;
            case "GetDataProtectionPolicy":
                return api.getDataProtectionPolicy(context, Json.read(input, GetDataProtectionPolicyInput.class));
            case "GetEndpointAttributes":
                return api.getEndpointAttributes(context, Json.read(input, GetEndpointAttributesInput.class));
            case "GetPlatformApplicationAttributes":
                return api.getPlatformApplicationAttributes(context, Json.read(input, GetPlatformApplicationAttributesInput.class));
            case "GetSMSAttributes":
                return api.getSMSAttributes(context, Json.read(input, GetSMSAttributesInput.class));
            case "GetSMSSandboxAccountStatus":
                return api.getSMSSandboxAccountStatus(context, Json.read(input, GetSMSSandboxAccountStatusInput.class));
            case "GetSubscriptionAttributes":
                return api.getSubscriptionAttributes(context, Json.read(input, GetSubscriptionAttributesInput.class));
            case "GetTopicAttributes":
                return api.getTopicAttributes(context, Json.read(input, GetTopicAttributesInput.class));
            case "ListEndpointsByPlatformApplication":
                return api.listEndpointsByPlatformApplication(context, Json.read(input, ListEndpointsByPlatformApplicationInput.class));
            case "ListOriginationNumbers":
                return api.listOriginationNumbers(context, Json.read(input, ListOriginationNumbersRequest.class));
            case "ListPhoneNumbersOptedOut":
                return api.listPhoneNumbersOptedOut(context, Json.read(input, ListPhoneNumbersOptedOutInput.class));
            case "ListPlatformApplications":
                return api.listPlatformApplications(context, Json.read(input, ListPlatformApplicationsInput.class));
            case "ListSMSSandboxPhoneNumbers":
                return api.listSMSSandboxPhoneNumbers(context, Json.read(input, ListSMSSandboxPhoneNumbersInput.class));
            case "ListSubscriptions":
                return api.listSubscriptions(context, Json.read(input, ListSubscriptionsInput.class));
            case "ListSubscriptionsByTopic":
                return api.listSubscriptionsByTopic(context, Json.read(input, ListSubscriptionsByTopicInput.class));
            case "ListTagsForResource":
                return api.listTagsForResource(context, Json.read(input, ListTagsForResourceRequest.class));
            case "ListTopics":
                return api.listTopics(context, Json.read(input, ListTopicsInput.class));
            case "OptInPhoneNumber":
                return api.optInPhoneNumber(context, Json.read(input, OptInPhoneNumberInput.class));
            case "Publish":
                return api.publish(context, Json.read(input, PublishInput.class));
            case "PublishBatch":
                return api.publishBatch(context, Json.read(input, PublishBatchInput.class));
            case "PutDataProtectionPolicy":
                api.putDataProtectionPolicy(context, Json.read(input, PutDataProtectionPolicyInput.class));
                return null;
            case "RemovePermission":
                api.removePermission(context, Json.read(input, RemovePermissionInput.class));
                return null;
            case "SetEndpointAttributes":
                api.setEndpointAttributes(context, Json.read(input, SetEndpointAttributesInput.class));
                return null;
            case "SetPlatformApplicationAttributes":
                api.setPlatformApplicationAttributes(context, Json.read(input, SetPlatformApplicationAttributesInput.class));
                return null;
            case "SetSMSAttributes":
                return api.setSMSAttributes(context, Json.read(input, SetSMSAttributesInput.class));
            case "SetSubscriptionAttributes":
                api.setSubscriptionAttributes(context, Json.read(input, SetSubscriptionAttributesInput.class));
                return null;
            case "SetTopicAttributes":
                api.setTopicAttributes(context, Json.read(input, SetTopicAttributesInput.class));
                return null;
            case "Subscribe":
                return api.subscribe(context, Json.read(input, SubscribeInput.class));
            case "TagResource":
                return api.tagResource(context, Json.read(input, TagResourceRequest.class));
            case "Unsubscribe":
                api.unsubscribe(context, Json.read(input, UnsubscribeInput.class));
                return null;
            case "UntagResource":
                return api.untagResource(context, Json.read(input, UntagResourceRequest.class));
            case "VerifySMSSandboxPhoneNumber":
                return api.verifySMSSandboxPhoneNumber(context, Json.read(input, VerifySMSSandboxPhoneNumberInput.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
