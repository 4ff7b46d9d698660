package dev.stratus.secretsmanager;

import dev.stratus.platform.Envelope;
import dev.stratus.platform.port.Keys;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import java.util.Map;

/**
 * Secret values, encrypted through KMS as Secrets Manager does it: sealed under a data key
 * ({@link Envelope}, as a value may be 64 KB) that KMS makes under the secret's KmsKeyId, or
 * the account's AWS managed key {@code alias/aws/secretsmanager} when it names none, with the
 * encryption context {@code SecretARN} and {@code SecretVersionId}, for the caller of the request
 * through {@code secretsmanager.<region>.amazonaws.com}, so that the caller's own KMS permissions
 * decide. KMS's refusals are answered in Secrets Manager's words.
 */
final class SecretValues {
    static final String DEFAULT_KEY = "alias/aws/secretsmanager";
    /** The service KMS sees the call come through: its kms:ViaService is {@code secretsmanager.<region>.amazonaws.com}. */
    private static final String VIA_SERVICE = "secretsmanager";
    private final Keys keys;

    SecretValues(Keys keys) {
        this.keys = keys;
    }

    byte[] encrypt(Principal caller, String account, String region, String kmsKeyId, String arn, String versionId, byte[] plaintext) {
        String key = kmsKeyId == null || DEFAULT_KEY.equals(kmsKeyId) ? keys.defaultKeyArn(account, region, DEFAULT_KEY) : kmsKeyId;
        try {
            return Envelope.seal(keys.generateDataKey(caller, account, region, key, context(arn, versionId), VIA_SERVICE), plaintext);
        } catch (AwsException e) {
            throw refusal(e, "EncryptionFailure", "Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that "
                    + "the KMS key is available, enabled, and not in an invalid state. For more information, see Key state: Effect on your KMS key.");
        }
    }

    byte[] decrypt(Principal caller, String account, String region, String arn, String versionId, byte[] ciphertext) {
        try {
            return Envelope.open(ciphertext, dataKey -> keys.decrypt(caller, account, region, dataKey, context(arn, versionId), VIA_SERVICE));
        } catch (Envelope.Broken e) {
            throw new AwsException("DecryptionFailure", "Secrets Manager can't decrypt the protected secret text using the provided KMS key.");
        } catch (AwsException e) {
            throw refusal(e, "DecryptionFailure", "Secrets Manager can't decrypt the protected secret text using the provided KMS key.");
        }
    }

    private static Map<String, String> context(String arn, String versionId) {
        return Map.of("SecretARN", arn, "SecretVersionId", versionId);
    }

    /** A caller KMS refuses gets "Access to KMS is not allowed", as from AWS; a key that cannot be used, the operation's failure. */
    private static AwsException refusal(AwsException e, String failure, String message) {
        if (e.code().equals("AccessDeniedException")) {
            return new AwsException("AccessDeniedException", "Access to KMS is not allowed", 400);
        }
        return new AwsException(failure, message);
    }
}
