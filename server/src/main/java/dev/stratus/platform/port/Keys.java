package dev.stratus.platform.port;

import dev.stratus.protocol.Principal;
import java.util.Map;

/**
 * KMS as other services reach it: Parameter Store's SecureStrings, Secrets Manager's secrets and
 * Lambda's environment variables are encrypted under a KMS key. Each call names its caller (the
 * principal of the request the service is serving, or a function's role) and the service it acts
 * through ({@code viaService}, such as {@code ssm}: the {@code kms:ViaService} condition key of the
 * key's policy), so the key's policy decides as it would for the caller itself. Failures are KMS's
 * own errors ({@code NotFoundException}, {@code DisabledException}, {@code KMSInvalidStateException},
 * {@code InvalidCiphertextException}, {@code AccessDeniedException}, …), which services answer as
 * they are or wrap as AWS's do.
 */
public interface Keys {

    /**
     * Encrypts at most 4096 bytes under a symmetric key of {@code account} in {@code region}: a key
     * id, key ARN, alias name or alias ARN. The ciphertext names the key, and decrypts only with
     * the same {@code context} (null or empty: none).
     */
    byte[] encrypt(Principal caller, String account, String region, String keyId, byte[] plaintext, Map<String, String> context,
                   String viaService);

    /**
     * A new 256-bit data key under a symmetric key, as GenerateDataKey makes it: for values longer
     * than Encrypt's 4096 bytes (a Secrets Manager secret, an advanced parameter), which the service
     * encrypts itself with {@link DataKey#plaintext()} and keeps beside {@link DataKey#ciphertext()},
     * which {@link #decrypt} opens again. The caller needs {@code kms:GenerateDataKey}, as in AWS.
     */
    DataKey generateDataKey(Principal caller, String account, String region, String keyId, Map<String, String> context, String viaService);

    /** Decrypts what {@link #encrypt} made, with the key the ciphertext names, given the context it was made with. */
    byte[] decrypt(Principal caller, String account, String region, byte[] ciphertext, Map<String, String> context, String viaService);

    /**
     * The ARN of the AWS managed key an alias such as {@code alias/aws/ssm} names in {@code account}
     * and {@code region}, made on its first use as AWS makes it when a service first needs it.
     */
    String defaultKeyArn(String account, String region, String alias);

    /** A data key in the clear (to use and forget) and encrypted under {@code keyArn} (to keep). */
    record DataKey(byte[] plaintext, byte[] ciphertext, String keyArn) {
    }
}
