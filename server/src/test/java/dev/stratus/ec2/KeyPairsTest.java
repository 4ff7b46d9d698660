package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.ec2.api.CreateKeyPairRequest;
import dev.stratus.ec2.api.DeleteKeyPairRequest;
import dev.stratus.ec2.api.DescribeKeyPairsRequest;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.ImportKeyPairRequest;
import dev.stratus.ec2.api.KeyPair;
import dev.stratus.ec2.api.KeyPairInfo;
import dev.stratus.ec2.api.Tag;
import dev.stratus.ec2.api.TagSpecification;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPairsTest extends NetworkFixture {
    /** A public key ssh-keygen made, and its fingerprint as EC2 shows an imported RSA key's: MD5 of the DER public key. */
    static final String OPENSSH_RSA = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC1DXKXgUAQg+903HLITDErCg9/k99yb5P5+cbV7nmTShfVJXE/B75Zmoa2YYyzjldUgMwiPW"
            + "SBuvi2lsG9Bit1UCw6bAf7y70NAsL901OcZkXsHEm8X1gyms1f2y8tQXzrdh4fbnveWhfSXtzFDahm6k4mGq1hGr2XZAsafhJkgJzHXoC1j9z8"
            + "rc7EVq50BRwGz+Nbvua8D/+A9viV/Is6NaojN3DssLrbQ6WdMLi2TskftyXTmbi/POlBBz4oGIoGbKrBKi6T4rZfTC50KbJuU180Ym+Y9GML2W"
            + "JCVS9+6Pq16rszM2sZdJoeNZMvex96Tbt47tTVOatCy5BuoZgR user@host";
    static final String OPENSSH_RSA_FINGERPRINT = "e1:d2:68:d3:dd:69:10:f1:92:7e:c4:5f:92:6d:7c:d3";

    KeyPair create(String name, String type, String format) {
        return ec2.createKeyPair(ctx("CreateKeyPair"), new CreateKeyPairRequest(name, type, null, format, null));
    }

    List<KeyPairInfo> describe(DescribeKeyPairsRequest in) {
        return ec2.describeKeyPairs(ctx("DescribeKeyPairs"), in).keyPairs();
    }

    @Test
    void aCreatedRsaKeyIsAPkcs1PemWhoseFingerprintIsTheSha1OfItsPkcs8Form() throws Exception {
        KeyPair k = ec2.createKeyPair(ctx("CreateKeyPair"), new CreateKeyPairRequest("web", null,
                List.of(new TagSpecification("key-pair", List.of(new Tag("Team", "ops")))), null, null));
        assertTrue(k.keyMaterial().startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
        assertTrue(k.keyPairId().startsWith("key-"));
        byte[] pkcs1 = Base64.getMimeDecoder().decode(k.keyMaterial().replaceAll("-----[A-Z ]+-----", ""));
        byte[] pkcs8 = pkcs8(pkcs1);
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        assertEquals(2048, key.getModulus().bitLength());
        assertEquals(colons(MessageDigest.getInstance("SHA-1").digest(pkcs8)), k.keyFingerprint());
        KeyPairInfo info = describe(new DescribeKeyPairsRequest(List.of("web"), null, true, null, null)).getFirst();
        assertEquals("rsa", info.keyType());
        assertTrue(info.publicKey().startsWith("ssh-rsa AAAA"));
        assertEquals(List.of(new Tag("Team", "ops")), info.tags());
        assertNotNull(info.createTime());
        assertNull(describe(new DescribeKeyPairsRequest(null, null, null, null, null)).getFirst().publicKey(), "only when asked for");
        assertEquals("InvalidKeyPair.Duplicate", code(() -> create("web", null, null)));
        assertEquals(info, store.read(tx -> network.keyPair(tx, ACCOUNT, "us-east-1", "web")).orElseThrow());
    }

    @Test
    void ed25519KeysAndPuttyFormat() {
        KeyPair ed = create("ed", "ed25519", null);
        assertTrue(ed.keyMaterial().startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
        assertEquals(44, ed.keyFingerprint().length(), "base64 of a SHA-256");
        byte[] file = Base64.getMimeDecoder().decode(ed.keyMaterial().replaceAll("-----[A-Z ]+-----", ""));
        assertTrue(new String(file, StandardCharsets.US_ASCII).startsWith("openssh-key-v1\0"));
        KeyPair ppk = create("putty", "ed25519", "ppk");
        assertTrue(ppk.keyMaterial().startsWith("PuTTY-User-Key-File-2: ssh-ed25519\nEncryption: none\n"));
        assertTrue(create("putty-rsa", null, "ppk").keyMaterial().contains("Private-MAC: "));
        assertEquals("InvalidParameterValue", code(() -> create("dsa", "dsa", null)));
        assertEquals("InvalidParameterValue", code(() -> create("pfx", null, "pfx")));
        assertEquals(List.of("ed"), describe(new DescribeKeyPairsRequest(null, null, null, null,
                List.of(new Filter("key-type", List.of("ed25519"))))).stream().map(KeyPairInfo::keyName).filter(n -> n.equals("ed")).toList());
    }

    @Test
    void importedKeysKeepTheirPublicKeyAndEc2sFingerprint() {
        var imported = ec2.importKeyPair(ctx("ImportKeyPair"), new ImportKeyPairRequest(null, null, "mine",
                OPENSSH_RSA.getBytes(StandardCharsets.UTF_8)));
        assertEquals(OPENSSH_RSA_FINGERPRINT, imported.keyFingerprint(), "as openssl md5 -c of its DER public key");
        KeyPairInfo info = describe(new DescribeKeyPairsRequest(List.of("mine"), null, true, null, null)).getFirst();
        assertEquals(OPENSSH_RSA.substring(0, OPENSSH_RSA.lastIndexOf(' ')) + " mine", info.publicKey());
        KeyPair made = create("made", "ed25519", null);
        String pub = describe(new DescribeKeyPairsRequest(List.of("made"), null, true, null, null)).getFirst().publicKey();
        assertEquals(made.keyFingerprint(), ec2.importKeyPair(ctx("ImportKeyPair"), new ImportKeyPairRequest(null, null, "again",
                pub.getBytes(StandardCharsets.UTF_8))).keyFingerprint(), "an Ed25519 key's fingerprint is the same either way");
        assertEquals("InvalidKey.Format", code(() -> ec2.importKeyPair(ctx("ImportKeyPair"), new ImportKeyPairRequest(null, null, "bad",
                "ssh-rsa bm90IGEga2V5".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("InvalidKey.Format", code(() -> ec2.importKeyPair(ctx("ImportKeyPair"), new ImportKeyPairRequest(null, null, "bad",
                "hello".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("InvalidKeyPair.Duplicate", code(() -> ec2.importKeyPair(ctx("ImportKeyPair"), new ImportKeyPairRequest(null, null, "mine",
                OPENSSH_RSA.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void deletingIsIdempotentAndUnknownNamesAreNotFound() {
        KeyPair k = create("web", null, null);
        assertEquals("InvalidKeyPair.NotFound", code(() -> describe(new DescribeKeyPairsRequest(List.of("nope"), null, null, null, null))));
        assertEquals("InvalidKeyPair.NotFound", code(() -> describe(new DescribeKeyPairsRequest(null, List.of("key-12345678901234567"), null, null,
                null))));
        assertEquals(k.keyPairId(), ec2.deleteKeyPair(ctx("DeleteKeyPair"), new DeleteKeyPairRequest(null, k.keyPairId(), null)).keyPairId());
        assertTrue(ec2.deleteKeyPair(ctx("DeleteKeyPair"), new DeleteKeyPairRequest("web", null, null)).returnValue());
        assertEquals("MissingParameter", code(() -> ec2.deleteKeyPair(ctx("DeleteKeyPair"), new DeleteKeyPairRequest(null, null, null))));
        assertEquals(List.of(), describe(new DescribeKeyPairsRequest(null, null, null, null, null)));
    }

    /** A PKCS#1 RSA key wrapped as PKCS#8 (the RSA algorithm identifier and an OCTET STRING), as openssl pkcs8 -topk8 does. */
    static byte[] pkcs8(byte[] pkcs1) {
        byte[] algorithm = HexFormat.of().parseHex("300d06092a864886f70d0101010500");
        byte[] version = {2, 1, 0};
        byte[] octets = concat(new byte[] {4}, length(pkcs1.length), pkcs1);
        byte[] body = concat(version, algorithm, octets);
        return concat(new byte[] {0x30}, length(body.length), body);
    }

    static byte[] length(int n) {
        return n < 128 ? new byte[] {(byte) n} : new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
    }

    static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static String colons(byte[] digest) {
        return HexFormat.ofDelimiter(":").formatHex(digest);
    }
}
