package dev.stratus.protocol;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A streamed body whose SHA-256 the client declared in {@code x-amz-content-sha256}: hashed as it
 * is read and compared at its end, where a mismatch fails the read with S3's
 * XAmzContentSHA256Mismatch. The signature covers the declared hash, not the bytes, so this is
 * what holds a signed body to what was signed; S3 checks it whether or not signatures are verified.
 */
final class ContentSha256 extends FilterInputStream {
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final String declared;
    private final MessageDigest sha;
    private boolean checked;

    ContentSha256(InputStream in, String declared) {
        super(in);
        this.declared = declared.toLowerCase();
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the header is a hash (not UNSIGNED-PAYLOAD nor a STREAMING-… marker). */
    static boolean declares(String contentSha256) {
        return contentSha256 != null && HEX_SHA256.matcher(contentSha256).matches();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            sha.update(b, off, n);
        } else if (n < 0 && !checked) {
            checked = true;
            String computed = HexFormat.of().formatHex(sha.digest());
            if (!computed.equals(declared)) {
                throw new IOException("x-amz-content-sha256 does not match the body", new AwsException("XAmzContentSHA256Mismatch",
                        "The provided 'x-amz-content-sha256' header does not match what was computed.")
                        .with("ClientComputedContentSHA256", declared).with("S3ComputedContentSHA256", computed));
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return Math.max(0, read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192)));
    }
}
