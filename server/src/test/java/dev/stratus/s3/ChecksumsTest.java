package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.AwsException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksumsTest {
    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void crc64NvmeHasTheCatalogueCheckValue() {
        Crc64Nvme c = new Crc64Nvme();
        c.update(CHECK, 0, CHECK.length);
        assertEquals(0xAE8B14860A799888L, c.getValue());
    }

    @Test
    void crc64NvmeByteAtATimeAndSlicedAgree() {
        byte[] data = new byte[1000];
        new Random(7).nextBytes(data);
        Crc64Nvme sliced = new Crc64Nvme();
        sliced.update(data, 3, 990);
        Crc64Nvme single = new Crc64Nvme();
        for (int i = 3; i < 993; i++) {
            single.update(data[i]);
        }
        assertEquals(single.getValue(), sliced.getValue());
    }

    @Test
    void crc64NvmeOfTheEmptyInputAndAsS3EncodesIt() {
        assertEquals("AAAAAAAAAAA=", Checksums.base64(Checksums.start("CRC64NVME").value()));
    }

    @Test
    void crcsOfTwoPiecesCombineIntoTheCrcOfTheWhole() {
        byte[] data = new byte[100_003];
        new Random(1).nextBytes(data);
        for (String algorithm : List.of("CRC32", "CRC32C", "CRC64NVME")) {
            for (int cut : new int[] {1, 17, 65_536, 100_002}) {
                byte[] a = Arrays.copyOfRange(data, 0, cut);
                byte[] b = Arrays.copyOfRange(data, cut, data.length);
                byte[] combined = Checksums.fullObject(algorithm, List.of(of(algorithm, a), of(algorithm, b)), List.of((long) a.length, (long) b.length));
                assertArrayEquals(of(algorithm, data), combined, algorithm + " cut at " + cut);
            }
        }
    }

    @Test
    void aCompositeChecksumIsTheChecksumOfThePartsChecksums() {
        byte[] p1 = of("SHA256", "one".getBytes());
        byte[] p2 = of("SHA256", "two".getBytes());
        byte[] joined = new byte[64];
        System.arraycopy(p1, 0, joined, 0, 32);
        System.arraycopy(p2, 0, joined, 32, 32);
        assertArrayEquals(of("SHA256", joined), Checksums.composite("SHA256", List.of(p1, p2)));
    }

    @Test
    void aMismatchIsBadDigestAndAMalformedValueInvalidRequest() {
        byte[] crc = of("CRC32", CHECK);
        Checksums.verify("CRC32", Checksums.base64(crc), crc);
        AwsException bad = assertThrows(AwsException.class, () -> Checksums.verify("CRC32", "AAAAAA==", crc));
        assertEquals("BadDigest", bad.code());
        assertEquals("The CRC32 you specified did not match the calculated checksum.", bad.getMessage());
        assertEquals("InvalidRequest", assertThrows(AwsException.class, () -> Checksums.verify("CRC32", "AAAA", crc)).code());
    }

    @Test
    void aClaimComesFromTheHeaderOrTheDeclaredTrailer() {
        assertEquals(new Checksums.Claim("CRC32", "x"), Checksums.claimed(null, Checksums.sent("x", null, null, null, null), null));
        assertEquals(new Checksums.Claim("CRC64NVME", null), Checksums.claimed("crc64nvme", Checksums.sent(null, null, null, null, null),
                "x-amz-checksum-crc64nvme"));
        assertEquals("y", new Checksums.Claim("SHA1", null).value(Map.of("x-amz-checksum-sha1", "y")));
        assertThrows(AwsException.class, () -> Checksums.claimed(null, Checksums.sent("x", "y", null, null, null), null));
        assertThrows(AwsException.class, () -> Checksums.claimed("SHA1", Checksums.sent("x", null, null, null, null), null));
        assertThrows(AwsException.class, () -> Checksums.claimed("MD4", Checksums.sent(null, null, null, null, null), null));
    }

    @Test
    void uploadTypesAreThoseS3Allows() {
        assertEquals("COMPOSITE", Checksums.uploadType("CRC32", null));
        assertEquals("FULL_OBJECT", Checksums.uploadType("CRC64NVME", null));
        assertEquals("FULL_OBJECT", Checksums.uploadType("CRC32C", "FULL_OBJECT"));
        assertThrows(AwsException.class, () -> Checksums.uploadType("CRC64NVME", "COMPOSITE"));
        assertThrows(AwsException.class, () -> Checksums.uploadType("SHA256", "FULL_OBJECT"));
        assertThrows(AwsException.class, () -> Checksums.uploadType(null, "COMPOSITE"));
    }

    private static byte[] of(String algorithm, byte[] data) {
        Checksums.Running r = Checksums.start(algorithm);
        r.update(data, 0, data.length);
        return r.value();
    }
}
