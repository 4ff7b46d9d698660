package dev.stratus.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** aws-chunked chunk signatures, against the worked example of AWS's "Transferring payload in multiple chunks". */
class ChunkSignaturesTest {
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String SEED = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
    static final String[] CHUNKS = {"ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
            "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
            "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9"};

    static ChunkSignatures signatures() {
        return new SigV4Signature("AKIAIOSFODNN7EXAMPLE", "20130524", "us-east-1", "s3", "20130524T000000Z",
                List.of("content-encoding", "content-length", "host", "x-amz-content-sha256", "x-amz-date", "x-amz-decoded-content-length",
                        "x-amz-storage-class"), SEED, null, null).chunkSignatures(SECRET);
    }

    /** The example's body: 64 KiB of 'a', then 1 KiB, then the final chunk, each signed. */
    static byte[] body(String[] signatures) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int[] sizes = {65536, 1024, 0};
        for (int i = 0; i < 3; i++) {
            b.writeBytes((Integer.toHexString(sizes[i]) + ";chunk-signature=" + signatures[i] + "\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] data = new byte[sizes[i]];
            Arrays.fill(data, (byte) 'a');
            b.writeBytes(data);
            b.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return b.toByteArray();
    }

    @Test
    void theDocumentedChunksVerify() throws IOException {
        try (InputStream in = new AwsChunked(new ByteArrayInputStream(body(CHUNKS)), signatures())) {
            byte[] data = in.readAllBytes();
            assertEquals(66560, data.length);
        }
    }

    @Test
    void aChunkSignedOtherwiseIsSignatureDoesNotMatch() {
        String[] bad = CHUNKS.clone();
        bad[1] = bad[1].replace('0', '1');
        IOException e = assertThrows(IOException.class, () -> new AwsChunked(new ByteArrayInputStream(body(bad)), signatures()).readAllBytes());
        AwsException refusal = (AwsException) e.getCause();
        assertEquals("SignatureDoesNotMatch", refusal.code());
        assertEquals(403, refusal.status());
    }

    @Test
    void chunksInAnotherOrderDoNotVerify() {
        String[] swapped = {CHUNKS[1], CHUNKS[0], CHUNKS[2]};
        assertThrows(IOException.class, () -> new AwsChunked(new ByteArrayInputStream(body(swapped)), signatures()).readAllBytes());
    }

    /** Signed chunks followed by a trailing checksum no x-amz-trailer-signature covers: the checksum could have been changed in flight. */
    @Test
    void anUnsignedTrailerAfterSignedChunksIsRefused() {
        byte[] chunks = body(CHUNKS);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(Arrays.copyOf(chunks, chunks.length - 2));
        b.writeBytes("x-amz-checksum-crc32:AAAAAA==\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        IOException e = assertThrows(IOException.class, () -> new AwsChunked(new ByteArrayInputStream(b.toByteArray()), signatures()).readAllBytes());
        assertEquals("SignatureDoesNotMatch", ((AwsException) e.getCause()).code());
    }

    @Test
    void withoutSignaturesToCheckTheDataIsRead() throws IOException {
        assertEquals(66560, new AwsChunked(new ByteArrayInputStream(body(new String[] {"x", "y", "z"})), null).readAllBytes().length);
    }

    @Test
    void aDeclaredContentSha256IsCheckedAtTheEnd() throws IOException {
        byte[] data = "hello".getBytes(StandardCharsets.US_ASCII);
        String sha = HexFormat.of().formatHex(SigV4Signature.sha256(data));
        assertArrayEquals(data, new ContentSha256(new ByteArrayInputStream(data), sha).readAllBytes());
        IOException e = assertThrows(IOException.class, () -> new ContentSha256(new ByteArrayInputStream("hellO".getBytes()), sha).readAllBytes());
        assertEquals("XAmzContentSHA256Mismatch", ((AwsException) e.getCause()).code());
    }
}
