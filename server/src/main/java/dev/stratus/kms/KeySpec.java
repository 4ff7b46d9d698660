package dev.stratus.kms;

import java.util.List;
import java.util.Set;

/**
 * The kinds of KMS keys Stratus makes (KMS's KeySpec), with the key usages each allows and the
 * algorithms DescribeKey lists for each usage, in the order KMS lists them.
 */
enum KeySpec {
    SYMMETRIC_DEFAULT(Family.AES, 256, null),
    RSA_2048(Family.RSA, 2048, null),
    RSA_3072(Family.RSA, 3072, null),
    RSA_4096(Family.RSA, 4096, null),
    ECC_NIST_P256(Family.EC, 256, "secp256r1"),
    ECC_NIST_P384(Family.EC, 384, "secp384r1"),
    ECC_NIST_P521(Family.EC, 521, "secp521r1"),
    ECC_SECG_P256K1(Family.EC, 256, "secp256k1"),
    HMAC_224(Family.HMAC, 224, null),
    HMAC_256(Family.HMAC, 256, null),
    HMAC_384(Family.HMAC, 384, null),
    HMAC_512(Family.HMAC, 512, null);

    static final String ENCRYPT_DECRYPT = "ENCRYPT_DECRYPT";
    static final String SIGN_VERIFY = "SIGN_VERIFY";
    static final String GENERATE_VERIFY_MAC = "GENERATE_VERIFY_MAC";

    enum Family { AES, RSA, EC, HMAC }

    final Family family;
    /** Key size in bits (the curve's for EC keys). */
    final int bits;
    /** The curve's standard name, for EC keys. */
    final String curve;

    KeySpec(Family family, int bits, String curve) {
        this.family = family;
        this.bits = bits;
        this.curve = curve;
    }

    /** The spec named so, or null when Stratus makes no such key. */
    static KeySpec named(String name) {
        for (KeySpec s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    Set<String> usages() {
        return switch (family) {
            case AES -> Set.of(ENCRYPT_DECRYPT);
            case RSA -> Set.of(ENCRYPT_DECRYPT, SIGN_VERIFY);
            case EC -> Set.of(SIGN_VERIFY);
            case HMAC -> Set.of(GENERATE_VERIFY_MAC);
        };
    }

    boolean symmetric() {
        return family == Family.AES;
    }

    boolean asymmetric() {
        return family == Family.RSA || family == Family.EC;
    }

    List<String> encryptionAlgorithms(String usage) {
        if (!usage.equals(ENCRYPT_DECRYPT)) {
            return null;
        }
        return family == Family.AES ? List.of("SYMMETRIC_DEFAULT") : List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
    }

    List<String> signingAlgorithms(String usage) {
        if (!usage.equals(SIGN_VERIFY)) {
            return null;
        }
        return switch (this) {
            case RSA_2048, RSA_3072, RSA_4096 -> List.of("RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512",
                    "RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512");
            case ECC_NIST_P384 -> List.of("ECDSA_SHA_384");
            case ECC_NIST_P521 -> List.of("ECDSA_SHA_512");
            default -> List.of("ECDSA_SHA_256");
        };
    }

    List<String> macAlgorithms() {
        return family == Family.HMAC ? List.of("HMAC_SHA_" + bits) : null;
    }
}
