package dev.stratus.ssm;

import dev.stratus.platform.Envelope;
import dev.stratus.platform.port.Keys;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * SecureString values, encrypted through KMS as Parameter Store does it: under the key the
 * parameter names ({@code alias/aws/ssm}, the account's AWS managed key, when it names none), with
 * the encryption context {@code PARAMETER_ARN} = the parameter's ARN, for the caller of the
 * request through {@code ssm.<region>.amazonaws.com}, so that the caller's own KMS permissions
 * decide. A standard parameter's value (at most 4 KB) is KMS's Encrypt's ciphertext; an advanced
 * one's (up to 8 KB) is sealed under a data key KMS makes ({@link Envelope}), as Parameter Store
 * asks kms:GenerateDataKey for those. The ciphertext is kept, and answered without decryption, in base64.
 */
final class SecureStrings {
    static final String DEFAULT_KEY = "alias/aws/ssm";
    /** The service KMS sees the call come through: its kms:ViaService is {@code ssm.<region>.amazonaws.com}. */
    private static final String VIA_SERVICE = "ssm";
    private final Keys keys;

    SecureStrings(Keys keys) {
        this.keys = keys;
    }

    /** The ciphertext of {@code value} (base64) under {@code keyId}, for the parameter with this ARN in this tier. */
    String encrypt(Principal caller, String account, String region, String keyId, String arn, String tier, String value) {
        String key = DEFAULT_KEY.equals(keyId) ? keys.defaultKeyArn(account, region, DEFAULT_KEY) : keyId;
        byte[] plain = value.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] blob = tier.equals("Advanced")
                    ? Envelope.seal(keys.generateDataKey(caller, account, region, key, context(arn), VIA_SERVICE), plain)
                    : keys.encrypt(caller, account, region, key, plain, context(arn), VIA_SERVICE);
            return Base64.getEncoder().encodeToString(blob);
        } catch (AwsException e) {
            throw refusal(e, keyId);
        }
    }

    /** The value a SecureString's ciphertext (base64) of this tier holds, decrypted for {@code caller}. */
    String decrypt(Principal caller, String account, String region, String arn, String tier, String ciphertext) {
        byte[] blob = Base64.getDecoder().decode(ciphertext);
        try {
            byte[] plain = tier.equals("Advanced")
                    ? Envelope.open(blob, dataKey -> keys.decrypt(caller, account, region, dataKey, context(arn), VIA_SERVICE))
                    : keys.decrypt(caller, account, region, blob, context(arn), VIA_SERVICE);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (Envelope.Broken e) {
            throw new AwsException("InvalidKeyId", "The parameter's value does not decrypt: " + e.getMessage());
        } catch (AwsException e) {
            throw refusal(e, null);
        }
    }

    private static Map<String, String> context(String arn) {
        return Map.of("PARAMETER_ARN", arn);
    }

    /**
     * KMS's refusal as Parameter Store answers it: a key that is not there (or not usable) is
     * {@code InvalidKeyId}; a caller KMS refuses is an {@code AccessDeniedException} with KMS's
     * words and the AWS SDK's suffix naming KMS, as Parameter Store passes them on; anything else
     * KMS says is passed on as it is.
     */
    private static AwsException refusal(AwsException e, String keyId) {
        return switch (e.code()) {
            case "NotFoundException", "DisabledException", "KMSInvalidStateException", "InvalidKeyUsageException" ->
                    new AwsException("InvalidKeyId", keyId == null ? e.getMessage() : keyId + " is not a valid KMS key: " + e.getMessage());
            case "AccessDeniedException" -> new AwsException("AccessDeniedException", e.getMessage()
                    + " (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: " + UUID.randomUUID() + "; Proxy: null)", 400);
            default -> e;
        };
    }
}
