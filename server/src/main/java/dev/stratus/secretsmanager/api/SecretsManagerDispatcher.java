// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class SecretsManagerDispatcher implements ServiceDispatcher {
    private final SecretsManagerApi api;

    public SecretsManagerDispatcher(SecretsManagerApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "BatchGetSecretValue":
                return api.batchGetSecretValue(context, Json.read(input, BatchGetSecretValueRequest.class));
            case "CancelRotateSecret":
                return api.cancelRotateSecret(context, Json.read(input, CancelRotateSecretRequest.class));
            case "CreateSecret":
                return api.createSecret(context, Json.read(input, CreateSecretRequest.class));
            case "DeleteResourcePolicy":
                return api.deleteResourcePolicy(context, Json.read(input, DeleteResourcePolicyRequest.class));
            case "DeleteSecret":
                return api.deleteSecret(context, Json.read(input, DeleteSecretRequest.class));
            case "DescribeSecret":
                return api.describeSecret(context, Json.read(input, DescribeSecretRequest.class));
            case "GetRandomPassword":
                return api.getRandomPassword(context, Json.read(input, GetRandomPasswordRequest.class));
            case "GetResourcePolicy":
                return api.getResourcePolicy(context, Json.read(input, GetResourcePolicyRequest.class));
            case "GetSecretValue":
                return api.getSecretValue(context, Json.read(input, GetSecretValueRequest.class));
            case "ListSecretVersionIds":
                return api.listSecretVersionIds(context, Json.read(input, ListSecretVersionIdsRequest.class));
            case "ListSecrets":
                return api.listSecrets(context, Json.read(input, ListSecretsRequest.class));
            case "PutResourcePolicy":
                return api.putResourcePolicy(context, Json.read(input, PutResourcePolicyRequest.class));
            case "PutSecretValue":
                return api.putSecretValue(context, Json.read(input, PutSecretValueRequest.class));
            case "RemoveRegionsFromReplication":
                return api.removeRegionsFromReplication(context, Json.read(input, RemoveRegionsFromReplicationRequest.class));
            case "ReplicateSecretToRegions":
                return api.replicateSecretToRegions(context, Json.read(input, ReplicateSecretToRegionsRequest.class));
            case "RestoreSecret":
                return api.restoreSecret(context, Json.read(input, RestoreSecretRequest.class));
            case "RotateSecret":
                return api.rotateSecret(context, Json.read(input, RotateSecretRequest.class));
            case "StopReplicationToReplica":
                return api.stopReplicationToReplica(context, Json.read(input, StopReplicationToReplicaRequest.class));
            case "TagResource":
                api.tagResource(context, Json.read(input, TagResourceRequest.class));
                return null;
            case "UntagResource":
                api.untagResource(context, Json.read(input, UntagResourceRequest.class));
                return null;
            case "UpdateSecret":
                return api.updateSecret(context, Json.read(input, UpdateSecretRequest.class));
            case "UpdateSecretVersionStage":
                return api.updateSecretVersionStage(context, Json.read(input, UpdateSecretVersionStageRequest.class));
            case "ValidateResourcePolicy":
                return api.validateResourcePolicy(context, Json.read(input, ValidateResourcePolicyRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
