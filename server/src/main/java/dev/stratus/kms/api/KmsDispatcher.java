// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class KmsDispatcher implements ServiceDispatcher {
    private final KmsApi api;

    public KmsDispatcher(KmsApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "CancelKeyDeletion":
                return api.cancelKeyDeletion(context, Json.read(input, CancelKeyDeletionRequest.class));
            case "ConnectCustomKeyStore":
                return api.connectCustomKeyStore(context, Json.read(input, ConnectCustomKeyStoreRequest.class));
            case "CreateAlias":
                api.createAlias(context, Json.read(input, CreateAliasRequest.class));
                return null;
            case "CreateCustomKeyStore":
                return api.createCustomKeyStore(context, Json.read(input, CreateCustomKeyStoreRequest.class));
            case "CreateGrant":
                return api.createGrant(context, Json.read(input, CreateGrantRequest.class));
            case "CreateKey":
                return api.createKey(context, Json.read(input, CreateKeyRequest.class));
            case "Decrypt":
                return api.decrypt(context, Json.read(input, DecryptRequest.class));
            case "DeleteAlias":
                api.deleteAlias(context, Json.read(input, DeleteAliasRequest.class));
                return null;
            case "DeleteCustomKeyStore":
                return api.deleteCustomKeyStore(context, Json.read(input, DeleteCustomKeyStoreRequest.class));
            case "DeleteImportedKeyMaterial":
                return api.deleteImportedKeyMaterial(context, Json.read(input, DeleteImportedKeyMaterialRequest.class));
            case "DeriveSharedSecret":
                return api.deriveSharedSecret(context, Json.read(input, DeriveSharedSecretRequest.class));
            case "DescribeCustomKeyStores":
                return api.describeCustomKeyStores(context, Json.read(input, DescribeCustomKeyStoresRequest.class));
            case "DescribeKey":
                return api.describeKey(context, Json.read(input, DescribeKeyRequest.class));
            case "DisableKey":
                api.disableKey(context, Json.read(input, DisableKeyRequest.class));
                return null;
            case "DisableKeyRotation":
                api.disableKeyRotation(context, Json.read(input, DisableKeyRotationRequest.class));
                return null;
            case "DisconnectCustomKeyStore":
                return api.disconnectCustomKeyStore(context, Json.read(input, DisconnectCustomKeyStoreRequest.class));
            case "EnableKey":
                api.enableKey(context, Json.read(input, EnableKeyRequest.class));
                return null;
            case "EnableKeyRotation":
                api.enableKeyRotation(context, Json.read(input, EnableKeyRotationRequest.class));
                return null;
            case "Encrypt":
                return api.encrypt(context, Json.read(input, EncryptRequest.class));
            case "GenerateDataKey":
                return api.generateDataKey(context, Json.read(input, GenerateDataKeyRequest.class));
            case "GenerateDataKeyPair":
                return api.generateDataKeyPair(context, Json.read(input, GenerateDataKeyPairRequest.class));
            case "GenerateDataKeyPairWithoutPlaintext":
                return api.generateDataKeyPairWithoutPlaintext(context, Json.read(input, GenerateDataKeyPairWithoutPlaintextRequest.class));
            case "GenerateDataKeyWithoutPlaintext":
                return api.generateDataKeyWithoutPlaintext(context, Json.read(input, GenerateDataKeyWithoutPlaintextRequest.class));
            case "GenerateMac":
                return api.generateMac(context, Json.read(input, GenerateMacRequest.class));
            case "GenerateRandom":
                return api.generateRandom(context, Json.read(input, GenerateRandomRequest.class));
            case "GetKeyLastUsage":
                return api.getKeyLastUsage(context, Json.read(input, GetKeyLastUsageRequest.class));
            case "GetKeyPolicy":
                return api.getKeyPolicy(context, Json.read(input, GetKeyPolicyRequest.class));
            case "GetKeyRotationStatus":
                return api.getKeyRotationStatus(context, Json.read(input, GetKeyRotationStatusRequest.class));
            case "GetParametersForImport":
                return api.getParametersForImport(context, Json.read(input, GetParametersForImportRequest.class));
            case "GetPublicKey":
                return api.getPublicKey(context, Json.read(input, GetPublicKeyRequest.class));
            case "ImportKeyMaterial":
                return api.importKeyMaterial(context, Json.read(input, ImportKeyMaterialRequest.class));
            case "ListAliases":
                return api.listAliases(context, Json.read(input, ListAliasesRequest.class));
            case "ListGrants":
                return api.listGrants(context, Json.read(input, ListGrantsRequest.class));
            case "ListKeyPolicies":
                return api.listKeyPolicies(context, Json.read(input, ListKeyPoliciesRequest.class));
            case "ListKeyRotations":
                return api.listKeyRotations(context, Json.read(input, ListKeyRotationsRequest.class));
            case "ListKeys":
                return api.listKeys(context, Json.read(input, ListKeysRequest.class));
            case "ListResourceTags":
                return api.listResourceTags(context, Json.read(input, ListResourceTagsRequest.class));
            case "ListRetirableGrants":
                return api.listRetirableGrants(context, Json.read(input, ListRetirableGrantsRequest.class));
            case "PutKeyPolicy":
                api.putKeyPolicy(context, Json.read(input, PutKeyPolicyRequest.class));
                return null;
            case "ReEncrypt":
                return api.reEncrypt(context, Json.read(input, ReEncryptRequest.class));
            case "ReplicateKey":
                return api.replicateKey(context, Json.read(input, ReplicateKeyRequest.class));
            case "RetireGrant":
                api.retireGrant(context, Json.read(input, RetireGrantRequest.class));
                return null;
            case "RevokeGrant":
                api.revokeGrant(context, Json.read(input, RevokeGrantRequest.class));
                return null;
            case "RotateKeyOnDemand":
                return api.rotateKeyOnDemand(context, Json.read(input, RotateKeyOnDemandRequest.class));
            case "ScheduleKeyDeletion":
                return api.scheduleKeyDeletion(context, Json.read(input, ScheduleKeyDeletionRequest.class));
            case "Sign":
                return api.sign(context, Json.read(input, SignRequest.class));
            case "TagResource":
                api.tagResource(context, Json.read(input, TagResourceRequest.class));
                return null;
            case "UntagResource":
                api.untagResource(context, Json.read(input, UntagResourceRequest.class));
                return null;
            case "UpdateAlias":
                api.updateAlias(context, Json.read(input, UpdateAliasRequest.class));
                return null;
            case "UpdateCustomKeyStore":
                return api.updateCustomKeyStore(context, Json.read(input, UpdateCustomKeyStoreRequest.class));
            case "UpdateKeyDescription":
                api.updateKeyDescription(context, Json.read(input, UpdateKeyDescriptionRequest.class));
                return null;
            case "UpdatePrimaryRegion":
                api.updatePrimaryRegion(context, Json.read(input, UpdatePrimaryRegionRequest.class));
                return null;
            case "Verify":
                return api.verify(context, Json.read(input, VerifyRequest.class));
            case "VerifyMac":
                return api.verifyMac(context, Json.read(input, VerifyMacRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
