package dev.stratus.ec2;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Real key pairs as EC2 makes and imports them: RSA 2048 and Ed25519 keys from the JDK, the
 * private key handed out once in the format asked for (RSA as a PKCS#1 PEM, Ed25519 as an OpenSSH
 * private key, either as a PuTTY {@code .ppk}), the public key kept in OpenSSH's one-line form, and
 * fingerprints as EC2 computes them: a created RSA key's is the SHA-1 of its PKCS#8 DER private
 * key, an imported RSA key's the MD5 of its DER public key (both as colon-separated hex), and an
 * Ed25519 key's the base64 SHA-256 of its OpenSSH public key blob.
 */
final class KeyMaterial {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key pair made: the private key as handed out, the public key (OpenSSH form, without comment) and the fingerprint. */
    record Created(String privateKey, String publicKey, String fingerprint) {
    }

    /** A public key read from ImportKeyPair: its type ({@code rsa}, {@code ed25519}), OpenSSH form and fingerprint. */
    record Imported(String keyType, String publicKey, String fingerprint) {
    }

    private KeyMaterial() {
    }

    static Created create(String keyType, String keyFormat) {
        try {
            if (keyType.equals("ed25519")) {
                var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                byte[] pub = ed25519Raw((EdECPublicKey) pair.getPublic());
                byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
                byte[] blob = blob("ssh-ed25519", pub);
                String priv = keyFormat.equals("ppk")
                        ? ppk("ssh-ed25519", blob, ssh().string(seed).bytes())
                        : openSshPrivate(blob, pub, seed);
                return new Created(priv, "ssh-ed25519 " + b64(blob), sha256(blob));
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            var pair = g.generateKeyPair();
            RSAPrivateCrtKey k = (RSAPrivateCrtKey) pair.getPrivate();
            RSAPublicKey pubKey = (RSAPublicKey) pair.getPublic();
            byte[] blob = ssh().string("ssh-rsa".getBytes(StandardCharsets.US_ASCII)).mpint(pubKey.getPublicExponent()).mpint(pubKey.getModulus())
                    .bytes();
            byte[] pkcs8 = k.getEncoded();
            String priv = keyFormat.equals("ppk")
                    ? ppk("ssh-rsa", blob, ssh().mpint(k.getPrivateExponent()).mpint(k.getPrimeP()).mpint(k.getPrimeQ())
                    .mpint(k.getCrtCoefficient()).bytes())
                    : pem("RSA PRIVATE KEY", pkcs1(pkcs8), 64);
            return new Created(priv, "ssh-rsa " + b64(blob), colons(MessageDigest.getInstance("SHA-1").digest(pkcs8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA and Ed25519 are part of every JDK", e);
        }
    }

    /**
     * The public key of ImportKeyPair's material: OpenSSH's one-line form, RFC 4716's
     * {@code ---- BEGIN SSH2 PUBLIC KEY ----} form, or a base64 DER RSA key; empty for anything else.
     */
    static Optional<Imported> read(byte[] material) {
        String text = new String(material, StandardCharsets.UTF_8).trim();
        try {
            byte[] blob;
            if (text.startsWith("ssh-rsa ") || text.startsWith("ssh-ed25519 ")) {
                blob = Base64.getDecoder().decode(text.split("\\s+")[1]);
            } else if (text.startsWith("---- BEGIN SSH2 PUBLIC KEY ----")) {
                StringBuilder body = new StringBuilder();
                boolean continued = false;
                for (String line : text.split("\\R")) {
                    String l = line.trim();
                    if (l.startsWith("----")) {
                        continue;
                    }
                    if (continued || l.contains(":")) {
                        continued = l.endsWith("\\");
                        continue;
                    }
                    body.append(l);
                }
                blob = Base64.getDecoder().decode(body.toString());
            } else {
                return der(Base64.getMimeDecoder().decode(text));
            }
            return fromBlob(blob);
        } catch (RuntimeException | GeneralSecurityException e) {
            // whatever the material is, it is not a key EC2 takes
            return Optional.empty();
        }
    }

    private static Optional<Imported> fromBlob(byte[] blob) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(blob);
        String type = new String(string(in), StandardCharsets.US_ASCII);
        if (type.equals("ssh-ed25519")) {
            byte[] key = string(in);
            if (key.length != 32 || in.hasRemaining()) {
                return Optional.empty();
            }
            return Optional.of(new Imported("ed25519", "ssh-ed25519 " + b64(blob), sha256(blob)));
        }
        if (type.equals("ssh-rsa")) {
            BigInteger e = new BigInteger(string(in));
            BigInteger n = new BigInteger(string(in));
            if (in.hasRemaining()) {
                return Optional.empty();
            }
            return rsa((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
        }
        return Optional.empty();
    }

    private static Optional<Imported> der(byte[] der) throws GeneralSecurityException {
        return rsa((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
    }

    /** AWS takes RSA keys of 1024 to 4096 bits. */
    private static Optional<Imported> rsa(RSAPublicKey key) throws GeneralSecurityException {
        int bits = key.getModulus().bitLength();
        if (bits < 1024 || bits > 4096) {
            return Optional.empty();
        }
        byte[] blob = ssh().string("ssh-rsa".getBytes(StandardCharsets.US_ASCII)).mpint(key.getPublicExponent()).mpint(key.getModulus()).bytes();
        return Optional.of(new Imported("rsa", "ssh-rsa " + b64(blob), colons(MessageDigest.getInstance("MD5").digest(key.getEncoded()))));
    }

    /** The 32 bytes of an Ed25519 public key as RFC 8032 writes it: y little-endian, x's sign in the top bit. */
    private static byte[] ed25519Raw(EdECPublicKey key) {
        byte[] be = key.getPoint().getY().toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < Math.min(32, be.length); i++) {
            out[i] = be[be.length - 1 - i];
        }
        if (key.getPoint().isXOdd()) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }

    /** OpenSSH's own private key file (openssh-key-v1), unencrypted, as ssh-keygen writes it. */
    private static String openSshPrivate(byte[] blob, byte[] pub, byte[] seed) {
        int check = RANDOM.nextInt();
        byte[] secret = new byte[64];
        System.arraycopy(seed, 0, secret, 0, 32);
        System.arraycopy(pub, 0, secret, 32, 32);
        Ssh priv = ssh().uint32(check).uint32(check).string("ssh-ed25519".getBytes(StandardCharsets.US_ASCII)).string(pub).string(secret)
                .string(new byte[0]);
        for (int pad = 1; priv.size() % 8 != 0; pad++) {
            priv.raw(new byte[] {(byte) pad});
        }
        byte[] file = ssh().raw("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII)).string("none".getBytes(StandardCharsets.US_ASCII))
                .string("none".getBytes(StandardCharsets.US_ASCII)).string(new byte[0]).uint32(1).string(blob).string(priv.bytes()).bytes();
        return pem("OPENSSH PRIVATE KEY", file, 70);
    }

    /** PuTTY's private key file, version 2, unencrypted: its MAC is HMAC-SHA-1 under SHA-1 of PuTTY's fixed text and an empty passphrase. */
    private static String ppk(String algorithm, byte[] publicBlob, byte[] privateBlob) throws GeneralSecurityException {
        String comment = "imported-openssh-key";
        byte[] macKey = MessageDigest.getInstance("SHA-1").digest("putty-private-key-file-mac-key".getBytes(StandardCharsets.US_ASCII));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(macKey, "HmacSHA1"));
        byte[] signed = ssh().string(algorithm.getBytes(StandardCharsets.US_ASCII)).string("none".getBytes(StandardCharsets.US_ASCII))
                .string(comment.getBytes(StandardCharsets.US_ASCII)).string(publicBlob).string(privateBlob).bytes();
        String pub = lines(b64(publicBlob), 64);
        String priv = lines(b64(privateBlob), 64);
        return "PuTTY-User-Key-File-2: " + algorithm + "\nEncryption: none\nComment: " + comment + "\nPublic-Lines: " + pub.split("\n").length
                + "\n" + pub + "\nPrivate-Lines: " + priv.split("\n").length + "\n" + priv + "\nPrivate-MAC: "
                + HexFormat.of().formatHex(mac.doFinal(signed)) + "\n";
    }

    /** The PKCS#1 RSAPrivateKey inside a PKCS#8 PrivateKeyInfo (its last element, an OCTET STRING). */
    private static byte[] pkcs1(byte[] pkcs8) {
        ByteBuffer in = ByteBuffer.wrap(pkcs8);
        derHeader(in); // the PrivateKeyInfo SEQUENCE
        skipDer(in); // version
        skipDer(in); // algorithm
        int length = derHeader(in); // privateKey OCTET STRING
        byte[] out = new byte[length];
        in.get(out);
        return out;
    }

    private static int derHeader(ByteBuffer in) {
        in.get();
        int first = in.get() & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (in.get() & 0xff);
        }
        return length;
    }

    private static void skipDer(ByteBuffer in) {
        int length = derHeader(in);
        in.position(in.position() + length);
    }

    private static byte[] string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a length beyond the key");
        }
        byte[] out = new byte[length];
        in.get(out);
        return out;
    }

    private static byte[] blob(String type, byte[] key) {
        return ssh().string(type.getBytes(StandardCharsets.US_ASCII)).string(key).bytes();
    }

    private static String pem(String label, byte[] der, int width) {
        return "-----BEGIN " + label + "-----\n" + lines(b64(der), width) + "\n-----END " + label + "-----";
    }

    private static String lines(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i += width) {
            out.append(i == 0 ? "" : "\n").append(text, i, Math.min(text.length(), i + width));
        }
        return out.toString();
    }

    private static String sha256(byte[] blob) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(blob));
    }

    private static String colons(byte[] digest) {
        String hex = HexFormat.of().formatHex(digest);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            out.append(i == 0 ? "" : ":").append(hex, i, i + 2);
        }
        return out.toString();
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static Ssh ssh() {
        return new Ssh();
    }

    /** SSH's wire encoding (RFC 4251): uint32s, length-prefixed strings and mpints. */
    private static final class Ssh {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Ssh uint32(int v) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
            return this;
        }

        Ssh string(byte[] b) {
            uint32(b.length);
            out.writeBytes(b);
            return this;
        }

        Ssh mpint(BigInteger v) {
            return string(v.toByteArray());
        }

        Ssh raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
