// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of secretsmanager, one method each; those a service does not override answer 501. */
public interface SecretsManagerApi {

    default BatchGetSecretValueResponse batchGetSecretValue(RequestContext context, BatchGetSecretValueRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CancelRotateSecretResponse cancelRotateSecret(RequestContext context, CancelRotateSecretRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateSecretResponse createSecret(RequestContext context, CreateSecretRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteResourcePolicyResponse deleteResourcePolicy(RequestContext context, DeleteResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteSecretResponse deleteSecret(RequestContext context, DeleteSecretRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeSecretResponse describeSecret(RequestContext context, DescribeSecretRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetRandomPasswordResponse getRandomPassword(RequestContext context, GetRandomPasswordRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetResourcePolicyResponse getResourcePolicy(RequestContext context, GetResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetSecretValueResponse getSecretValue(RequestContext context, GetSecretValueRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListSecretVersionIdsResponse listSecretVersionIds(RequestContext context, ListSecretVersionIdsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListSecretsResponse listSecrets(RequestContext context, ListSecretsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutResourcePolicyResponse putResourcePolicy(RequestContext context, PutResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default PutSecretValueResponse putSecretValue(RequestContext context, PutSecretValueRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RemoveRegionsFromReplicationResponse removeRegionsFromReplication(RequestContext context, RemoveRegionsFromReplicationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReplicateSecretToRegionsResponse replicateSecretToRegions(RequestContext context, ReplicateSecretToRegionsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RestoreSecretResponse restoreSecret(RequestContext context, RestoreSecretRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RotateSecretResponse rotateSecret(RequestContext context, RotateSecretRequest input) {
        throw AwsException.notImplemented(context);
    }

    default StopReplicationToReplicaResponse stopReplicationToReplica(RequestContext context, StopReplicationToReplicaRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagResource(RequestContext context, TagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagResource(RequestContext context, UntagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateSecretResponse updateSecret(RequestContext context, UpdateSecretRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateSecretVersionStageResponse updateSecretVersionStage(RequestContext context, UpdateSecretVersionStageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ValidateResourcePolicyResponse validateResourcePolicy(RequestContext context, ValidateResourcePolicyRequest input) {
        throw AwsException.notImplemented(context);
    }
}
