package dev.stratus.kms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.identity.ActionTable;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.List;

/**
 * What IAM checks for each KMS operation before it runs (AWS's service authorization reference,
 * "AWS Key Management Service"): the management of a key is an action on the key, found by id,
 * ARN or alias. The cryptographic operations are checked by KMS itself once it holds the key
 * (a ciphertext names its key only inside), with the encryption context as condition keys
 * ({@code Keyring.authorizeKeyUse}), so the gateway asks nothing for them.
 */
final class KmsActions {
    private static final Actions CHECKED_BY_KMS = (ctx, input) -> List.of();

    private KmsActions() {
    }

    static ActionTable table(KmsService kms) {
        ActionTable.Builder table = ActionTable.of("kms")
                .on((ctx, in) -> key(kms, ctx, in, "KeyId"), "CancelKeyDeletion", "CreateGrant", "DescribeKey", "DisableKey", "DisableKeyRotation",
                        "EnableKey", "EnableKeyRotation", "GetKeyPolicy", "GetKeyRotationStatus", "ListGrants", "ListKeyPolicies", "ListKeyRotations",
                        "ListResourceTags", "PutKeyPolicy", "RetireGrant", "RevokeGrant", "RotateKeyOnDemand", "ScheduleKeyDeletion", "TagResource",
                        "UntagResource", "UpdateKeyDescription", "GetKeyLastUsage", "DeleteImportedKeyMaterial", "GetParametersForImport",
                        "ImportKeyMaterial", "ReplicateKey", "UpdatePrimaryRegion")
                .on((ctx, in) -> key(kms, ctx, in, "TargetKeyId"), "CreateAlias", "UpdateAlias")
                .on((ctx, in) -> key(kms, ctx, in, "AliasName"), "DeleteAlias");
        for (String crypto : List.of("Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "GenerateDataKeyPair",
                "GenerateDataKeyPairWithoutPlaintext", "Sign", "Verify", "GetPublicKey", "GenerateMac", "VerifyMac", "DeriveSharedSecret")) {
            table.checks(crypto, CHECKED_BY_KMS);
        }
        return table.build();
    }

    private static String key(KmsService kms, RequestContext ctx, JsonNode in, String member) {
        String given = ActionTable.text(in, member);
        return given == null ? null : kms.keyArnOf(ctx, given);
    }
}
