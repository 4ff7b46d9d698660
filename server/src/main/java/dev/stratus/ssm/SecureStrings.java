package dev.stratus.ssm;

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
 * decide. The ciphertext is kept, and answered without decryption, in base64.
 */
final class SecureStrings {
    static final String DEFAULT_KEY = "alias/aws/ssm";
    /** The service KMS sees the call come through: its kms:ViaService is {@code ssm.<region>.amazonaws.com}. */
    private static final String VIA_SERVICE = "ssm";
    private final Keys keys;

    SecureStrings(Keys keys) {
        this.keys = keys;
    }

    /** The ciphertext of {@code value} (base64) under {@code keyId}, for the parameter with this ARN. */
    String encrypt(Principal caller, String account, String region, String keyId, String arn, String value) {
        String key = DEFAULT_KEY.equals(keyId) ? keys.defaultKeyArn(account, region, DEFAULT_KEY) : keyId;
        try {
            byte[] blob = keys.encrypt(caller, account, region, key, value.getBytes(StandardCharsets.UTF_8), context(arn), VIA_SERVICE);
            return Base64.getEncoder().encodeToString(blob);
        } catch (AwsException e) {
            throw refusal(e, keyId);
        }
    }

    /** The value a SecureString's ciphertext (base64) holds, decrypted for {@code caller}. */
    String decrypt(Principal caller, String account, String region, String arn, String ciphertext) {
        try {
            byte[] plain = keys.decrypt(caller, account, region, Base64.getDecoder().decode(ciphertext), context(arn), VIA_SERVICE);
            return new String(plain, StandardCharsets.UTF_8);
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
