package dev.stratus.kms;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The cryptography of KMS keys, with the JDK's providers: AES-256-GCM for symmetric keys, RSA
 * OAEP for asymmetric encryption, RSA PKCS #1 v1.5 and PSS and ECDSA signatures, HMAC. Bouncy
 * Castle serves what the JDK no longer has (the secp256k1 curve) and PSS over a digest the client
 * computed; it is handed to the calls that need it, never installed as a provider.
 */
final class Crypto {
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final int GCM_TAG_BITS = 128;

    private Crypto() {
    }

    /** A key's material: the secret (an AES or HMAC key, or a PKCS #8 private key) and, for asymmetric keys, the X.509 public key. */
    record Material(byte[] secret, byte[] publicKey) {
    }

    static Material generate(KeySpec spec) {
        return switch (spec.family) {
            case AES, HMAC -> new Material(MasterKey.random(spec.bits / 8), null);
            case RSA, EC -> {
                KeyPair pair = keyPair(spec);
                yield new Material(pair.getPrivate().getEncoded(), pair.getPublic().getEncoded());
            }
        };
    }

    private static KeyPair keyPair(KeySpec spec) {
        try {
            KeyPairGenerator g;
            if (spec.family == KeySpec.Family.RSA) {
                g = KeyPairGenerator.getInstance("RSA");
                g.initialize(spec.bits);
            } else {
                g = provider(spec) == null ? KeyPairGenerator.getInstance("EC") : KeyPairGenerator.getInstance("EC", provider(spec));
                g.initialize(new ECGenParameterSpec(spec.curve));
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a " + spec + " key pair", e);
        }
    }

    // Symmetric

    static byte[] sealSymmetric(byte[] key, byte[] iv, byte[] plaintext, byte[] additionalData) {
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(GCM_TAG_BITS, iv));
            gcm.updateAAD(additionalData);
            return gcm.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plaintext, or null when the ciphertext, its header or the context is not the one it was sealed with. */
    static byte[] openSymmetric(byte[] key, byte[] iv, byte[] sealed, byte[] additionalData) {
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(GCM_TAG_BITS, iv));
            gcm.updateAAD(additionalData);
            return gcm.doFinal(sealed);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    // RSA encryption

    /** The longest plaintext an RSA key encrypts with OAEP and this hash: the modulus less twice the hash and two bytes. */
    static int maxRsaPlaintext(KeySpec spec, String algorithm) {
        return spec.bits / 8 - 2 * hashBytes(oaepHash(algorithm)) - 2;
    }

    static byte[] rsaEncrypt(byte[] publicKey, String algorithm, byte[] plaintext) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.ENCRYPT_MODE, publicKey("RSA", publicKey, null), oaep(algorithm));
            return rsa.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA OAEP is part of every JDK", e);
        }
    }

    /** The plaintext, or null when the ciphertext was not made with this key and algorithm. */
    static byte[] rsaDecrypt(byte[] privateKey, String algorithm, byte[] ciphertext) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.DECRYPT_MODE, privateKey("RSA", privateKey, null), oaep(algorithm));
            return rsa.doFinal(ciphertext);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** KMS's OAEP: the same hash for the label and for MGF1. */
    private static OAEPParameterSpec oaep(String algorithm) {
        String hash = oaepHash(algorithm);
        return new OAEPParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), PSource.PSpecified.DEFAULT);
    }

    private static String oaepHash(String algorithm) {
        return algorithm.equals("RSAES_OAEP_SHA_1") ? "SHA-1" : "SHA-256";
    }

    // Signatures

    /** The hash a signing algorithm signs (SHA-256 for ECDSA_SHA_256, RSASSA_PSS_SHA_256, …). */
    static String signingHash(String algorithm) {
        return "SHA-" + algorithm.substring(algorithm.lastIndexOf('_') + 1);
    }

    static byte[] digest(String hash, byte[] message) {
        try {
            return MessageDigest.getInstance(hash).digest(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hash + " is part of every JDK", e);
        }
    }

    static int hashBytes(String hash) {
        int bits = Integer.parseInt(hash.substring("SHA-".length()));
        return bits == 1 ? 20 : bits / 8;
    }

    /** Signs a digest the caller computed (or KMS computed from the message) with {@code algorithm}. */
    static byte[] sign(KeySpec spec, byte[] privateKey, String algorithm, byte[] digest) {
        try {
            Signature s = signature(spec, algorithm);
            s.initSign(privateKey(keyAlgorithm(spec), privateKey, provider(spec)));
            s.update(signedInput(algorithm, digest));
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + algorithm, e);
        }
    }

    static boolean verify(KeySpec spec, byte[] publicKey, String algorithm, byte[] digest, byte[] signature) {
        try {
            Signature s = signature(spec, algorithm);
            s.initVerify(publicKey(keyAlgorithm(spec), publicKey, provider(spec)));
            s.update(signedInput(algorithm, digest));
            return s.verify(signature);
        } catch (java.security.SignatureException malformed) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot verify with " + algorithm, e);
        }
    }

    private static Signature signature(KeySpec spec, String algorithm) throws GeneralSecurityException {
        if (algorithm.startsWith("ECDSA_")) {
            return provider(spec) == null ? Signature.getInstance("NONEwithECDSA") : Signature.getInstance("NONEwithECDSA", provider(spec));
        }
        if (algorithm.startsWith("RSASSA_PKCS1_V1_5_")) {
            return Signature.getInstance("NONEwithRSA");
        }
        String hash = signingHash(algorithm);
        Signature pss = Signature.getInstance("RAWRSASSA-PSS", BOUNCY_CASTLE);
        // KMS's PSS: MGF1 with the message's hash, a salt as long as the hash.
        pss.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), hashBytes(hash), 1));
        return pss;
    }

    /** PKCS #1 v1.5 signs the digest inside its DigestInfo; the others sign the digest itself. */
    private static byte[] signedInput(String algorithm, byte[] digest) {
        if (!algorithm.startsWith("RSASSA_PKCS1_V1_5_")) {
            return digest;
        }
        byte[] prefix = switch (signingHash(algorithm)) {
            case "SHA-256" -> DIGEST_INFO_SHA_256;
            case "SHA-384" -> DIGEST_INFO_SHA_384;
            default -> DIGEST_INFO_SHA_512;
        };
        byte[] out = new byte[prefix.length + digest.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(digest, 0, out, prefix.length, digest.length);
        return out;
    }

    // The DER DigestInfo headers of RFC 8017 section 9.2, note 1.
    private static final byte[] DIGEST_INFO_SHA_256 = hex("3031300d060960864801650304020105000420");
    private static final byte[] DIGEST_INFO_SHA_384 = hex("3041300d060960864801650304020205000430");
    private static final byte[] DIGEST_INFO_SHA_512 = hex("3051300d060960864801650304020305000440");

    // MACs

    static byte[] mac(byte[] key, String algorithm, byte[] message) {
        String jca = "Hmac" + algorithm.substring("HMAC_".length()).replace("_", "");
        try {
            Mac mac = Mac.getInstance(jca);
            mac.init(new SecretKeySpec(key, jca));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jca + " is part of every JDK", e);
        }
    }

    // Keys

    private static String keyAlgorithm(KeySpec spec) {
        return spec.family == KeySpec.Family.RSA ? "RSA" : "EC";
    }

    /** Bouncy Castle for the curve the JDK lacks; the JDK's own for the rest. */
    private static Provider provider(KeySpec spec) {
        return spec == KeySpec.ECC_SECG_P256K1 ? BOUNCY_CASTLE : null;
    }

    private static PrivateKey privateKey(String algorithm, byte[] pkcs8, Provider provider) throws GeneralSecurityException {
        KeyFactory f = provider == null ? KeyFactory.getInstance(algorithm) : KeyFactory.getInstance(algorithm, provider);
        return f.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private static PublicKey publicKey(String algorithm, byte[] x509, Provider provider) throws GeneralSecurityException {
        KeyFactory f = provider == null ? KeyFactory.getInstance(algorithm) : KeyFactory.getInstance(algorithm, provider);
        return f.generatePublic(new X509EncodedKeySpec(x509));
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}
