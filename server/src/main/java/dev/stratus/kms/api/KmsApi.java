// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of kms, one method each; those a service does not override answer 501. */
public interface KmsApi {

    default CancelKeyDeletionResponse cancelKeyDeletion(RequestContext context, CancelKeyDeletionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ConnectCustomKeyStoreResponse connectCustomKeyStore(RequestContext context, ConnectCustomKeyStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void createAlias(RequestContext context, CreateAliasRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateCustomKeyStoreResponse createCustomKeyStore(RequestContext context, CreateCustomKeyStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateGrantResponse createGrant(RequestContext context, CreateGrantRequest input) {
        throw AwsException.notImplemented(context);
    }

    default CreateKeyResponse createKey(RequestContext context, CreateKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DecryptResponse decrypt(RequestContext context, DecryptRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteAlias(RequestContext context, DeleteAliasRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteCustomKeyStoreResponse deleteCustomKeyStore(RequestContext context, DeleteCustomKeyStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteImportedKeyMaterialResponse deleteImportedKeyMaterial(RequestContext context, DeleteImportedKeyMaterialRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DeriveSharedSecretResponse deriveSharedSecret(RequestContext context, DeriveSharedSecretRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeCustomKeyStoresResponse describeCustomKeyStores(RequestContext context, DescribeCustomKeyStoresRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeKeyResponse describeKey(RequestContext context, DescribeKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void disableKey(RequestContext context, DisableKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void disableKeyRotation(RequestContext context, DisableKeyRotationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DisconnectCustomKeyStoreResponse disconnectCustomKeyStore(RequestContext context, DisconnectCustomKeyStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void enableKey(RequestContext context, EnableKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void enableKeyRotation(RequestContext context, EnableKeyRotationRequest input) {
        throw AwsException.notImplemented(context);
    }

    default EncryptResponse encrypt(RequestContext context, EncryptRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GenerateDataKeyResponse generateDataKey(RequestContext context, GenerateDataKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GenerateDataKeyPairResponse generateDataKeyPair(RequestContext context, GenerateDataKeyPairRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GenerateDataKeyPairWithoutPlaintextResponse generateDataKeyPairWithoutPlaintext(RequestContext context, GenerateDataKeyPairWithoutPlaintextRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GenerateDataKeyWithoutPlaintextResponse generateDataKeyWithoutPlaintext(RequestContext context, GenerateDataKeyWithoutPlaintextRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GenerateMacResponse generateMac(RequestContext context, GenerateMacRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GenerateRandomResponse generateRandom(RequestContext context, GenerateRandomRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetKeyLastUsageResponse getKeyLastUsage(RequestContext context, GetKeyLastUsageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetKeyPolicyResponse getKeyPolicy(RequestContext context, GetKeyPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetKeyRotationStatusResponse getKeyRotationStatus(RequestContext context, GetKeyRotationStatusRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetParametersForImportResponse getParametersForImport(RequestContext context, GetParametersForImportRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetPublicKeyResponse getPublicKey(RequestContext context, GetPublicKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ImportKeyMaterialResponse importKeyMaterial(RequestContext context, ImportKeyMaterialRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListAliasesResponse listAliases(RequestContext context, ListAliasesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListGrantsResponse listGrants(RequestContext context, ListGrantsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListKeyPoliciesResponse listKeyPolicies(RequestContext context, ListKeyPoliciesRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListKeyRotationsResponse listKeyRotations(RequestContext context, ListKeyRotationsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListKeysResponse listKeys(RequestContext context, ListKeysRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListResourceTagsResponse listResourceTags(RequestContext context, ListResourceTagsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ListGrantsResponse listRetirableGrants(RequestContext context, ListRetirableGrantsRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void putKeyPolicy(RequestContext context, PutKeyPolicyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReEncryptResponse reEncrypt(RequestContext context, ReEncryptRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ReplicateKeyResponse replicateKey(RequestContext context, ReplicateKeyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void retireGrant(RequestContext context, RetireGrantRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void revokeGrant(RequestContext context, RevokeGrantRequest input) {
        throw AwsException.notImplemented(context);
    }

    default RotateKeyOnDemandResponse rotateKeyOnDemand(RequestContext context, RotateKeyOnDemandRequest input) {
        throw AwsException.notImplemented(context);
    }

    default ScheduleKeyDeletionResponse scheduleKeyDeletion(RequestContext context, ScheduleKeyDeletionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default SignResponse sign(RequestContext context, SignRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void tagResource(RequestContext context, TagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void untagResource(RequestContext context, UntagResourceRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateAlias(RequestContext context, UpdateAliasRequest input) {
        throw AwsException.notImplemented(context);
    }

    default UpdateCustomKeyStoreResponse updateCustomKeyStore(RequestContext context, UpdateCustomKeyStoreRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updateKeyDescription(RequestContext context, UpdateKeyDescriptionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default void updatePrimaryRegion(RequestContext context, UpdatePrimaryRegionRequest input) {
        throw AwsException.notImplemented(context);
    }

    default VerifyResponse verify(RequestContext context, VerifyRequest input) {
        throw AwsException.notImplemented(context);
    }

    default VerifyMacResponse verifyMac(RequestContext context, VerifyMacRequest input) {
        throw AwsException.notImplemented(context);
    }
}
