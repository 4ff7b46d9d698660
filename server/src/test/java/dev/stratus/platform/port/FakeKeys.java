package dev.stratus.platform.port;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * KMS as a test sees it through the {@link Keys} port: a "ciphertext" that names its key and
 * context in the clear (the plaintext in base64), refusing a decrypt with another context, and a caller it is told to refuse.
 */
public final class FakeKeys implements Keys {
    public final List<String> calls = new ArrayList<>();
    public String refusedCaller;

    @Override
    public byte[] encrypt(Principal caller, String account, String region, String keyId, byte[] plaintext, Map<String, String> context,
                          String viaService) {
        calls.add("encrypt " + caller.id() + " " + keyId + " " + new TreeMap<>(context) + " via " + viaService);
        if (keyId.equals("alias/none")) {
            throw new AwsException("NotFoundException", "Alias arn:aws:kms:" + region + ":" + account + ":alias/none is not found.");
        }
        refuse(caller, keyId);
        return (keyId + "\n" + new TreeMap<>(context) + "\n" + Base64.getEncoder().encodeToString(plaintext)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public DataKey generateDataKey(Principal caller, String account, String region, String keyId, Map<String, String> context, String viaService) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        byte[] sealed = encrypt(caller, account, region, keyId, key, context, viaService);
        calls.set(calls.size() - 1, calls.getLast().replace("encrypt ", "generateDataKey "));
        return new DataKey(key, sealed, keyId);
    }

    @Override
    public byte[] decrypt(Principal caller, String account, String region, byte[] ciphertext, Map<String, String> context, String viaService) {
        String[] parts = new String(ciphertext, StandardCharsets.UTF_8).split("\n", 3);
        calls.add("decrypt " + caller.id() + " " + parts[0] + " " + new TreeMap<>(context) + " via " + viaService);
        refuse(caller, parts[0]);
        if (!parts[1].equals(new TreeMap<>(context).toString())) {
            throw new AwsException("InvalidCiphertextException", "");
        }
        return Base64.getDecoder().decode(parts[2]);
    }

    @Override
    public String defaultKeyArn(String account, String region, String alias) {
        return "arn:aws:kms:" + region + ":" + account + ":key/managed-" + alias.substring(alias.lastIndexOf('/') + 1);
    }

    private void refuse(Principal caller, String keyId) {
        if (caller.id().equals(refusedCaller)) {
            throw new AwsException("AccessDeniedException", "User: " + caller.id() + " is not authorized to perform: kms:Decrypt on resource: "
                    + keyId + " because no resource-based policy allows the kms:Decrypt action", 400);
        }
    }
}
