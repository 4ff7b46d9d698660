// Generated from the sns model by scripts/generate-apis. Do not edit.
package dev.stratus.sns.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of sns, one method each; those a service does not override answer 501. */
public interface SnsApi {

    default void addPermission(RequestContext context, AddPermissionInput input) {
        throw AwsException.notImplemented(context);
    }

    default CheckIfPhoneNumberIsOptedOutResponse checkIfPhoneNumberIsOptedOut(RequestContext context, CheckIfPhoneNumberIsOptedOutInput input) {
        throw AwsException.notImplemented(context);
    }

    default ConfirmSubscriptionResponse confirmSubscription(RequestContext context, ConfirmSubscriptionInput input) {
        throw AwsException.notImplemented(context);
    }

    default CreatePlatformApplicationResponse createPlatformApplication(RequestContext context, CreatePlatformApplicationInput input) {
        throw AwsException.notImplemented(context);
    }

    default CreateEndpointResponse createPlatformEndpoint(RequestContext context, CreatePlatformEndpointInput input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSMSSandboxPhoneNumberResult createSMSSandboxPhoneNumber(RequestContext context, CreateSMSSandboxPhoneNumberInput input) {
        throw AwsException.notImplemented(context);
    }

    default CreateTopicResponse createTopic(RequestContext context, CreateTopicInput input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteEndpoint(RequestContext context, DeleteEndpointInput input) {
        throw AwsException.notImplemented(context);
    }

    default void deletePlatformApplication(RequestContext context, DeletePlatformApplicationInput input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteSMSSandboxPhoneNumberResult deleteSMSSandboxPhoneNumber(RequestContext context, DeleteSMSSandboxPhoneNumberInput input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteTopic(RequestContext context, DeleteTopicInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetDataProtectionPolicyResponse getDataProtectionPolicy(RequestContext context, GetDataProtectionPolicyInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetEndpointAttributesResponse getEndpointAttributes(RequestContext context, GetEndpointAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetPlatformApplicationAttributesResponse getPlatformApplicationAttributes(RequestContext context, GetPlatformApplicationAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetSMSAttributesResponse getSMSAttributes(RequestContext context, GetSMSAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetSMSSandboxAccountStatusResult getSMSSandboxAccountStatus(RequestContext context, GetSMSSandboxAccountStatusInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetSubscriptionAttributesResponse getSubscriptionAttributes(RequestContext context, GetSubscriptionAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetTopicAttributesResponse getTopicAttributes(RequestContext context, GetTopicAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListEndpointsByPlatformApplicationResponse listEndpointsByPlatformApplication(RequestContext context, ListEndpointsByPlatformApplicationInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListOriginationNumbersResult listOriginationNumbers(RequestContext context, ListOriginationNumbersRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListPhoneNumbersOptedOutResponse listPhoneNumbersOptedOut(RequestContext context, ListPhoneNumbersOptedOutInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListPlatformApplicationsResponse listPlatformApplications(RequestContext context, ListPlatformApplicationsInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListSMSSandboxPhoneNumbersResult listSMSSandboxPhoneNumbers(RequestContext context, ListSMSSandboxPhoneNumbersInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListSubscriptionsResponse listSubscriptions(RequestContext context, ListSubscriptionsInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListSubscriptionsByTopicResponse listSubscriptionsByTopic(RequestContext context, ListSubscriptionsByTopicInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListTagsForResourceResponse listTagsForResource(RequestContext context, ListTagsForResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListTopicsResponse listTopics(RequestContext context, ListTopicsInput input) {
        throw AwsException.notImplemented(context);
    }

    default OptInPhoneNumberResponse optInPhoneNumber(RequestContext context, OptInPhoneNumberInput input) {
        throw AwsException.notImplemented(context);
    }

    default PublishResponse publish(RequestContext context, PublishInput input) {
        throw AwsException.notImplemented(context);
    }

    default PublishBatchResponse publishBatch(RequestContext context, PublishBatchInput input) {
        throw AwsException.notImplemented(context);
    }

    default void putDataProtectionPolicy(RequestContext context, PutDataProtectionPolicyInput input) {
        throw AwsException.notImplemented(context);
    }

    default void removePermission(RequestContext context, RemovePermissionInput input) {
        throw AwsException.notImplemented(context);
    }

    default void setEndpointAttributes(RequestContext context, SetEndpointAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default void setPlatformApplicationAttributes(RequestContext context, SetPlatformApplicationAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default SetSMSAttributesResponse setSMSAttributes(RequestContext context, SetSMSAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default void setSubscriptionAttributes(RequestContext context, SetSubscriptionAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default void setTopicAttributes(RequestContext context, SetTopicAttributesInput input) {
        throw AwsException.notImplemented(context);
    }

    default SubscribeResponse subscribe(RequestContext context, SubscribeInput input) {
        throw AwsException.notImplemented(context);
    }

    default TagResourceResponse tagResource(RequestContext context, TagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void unsubscribe(RequestContext context, UnsubscribeInput input) {
        throw AwsException.notImplemented(context);
    }

    default UntagResourceResponse untagResource(RequestContext context, UntagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default VerifySMSSandboxPhoneNumberResult verifySMSSandboxPhoneNumber(RequestContext context, VerifySMSSandboxPhoneNumberInput input) {
        throw AwsException.notImplemented(context);
    }
}
