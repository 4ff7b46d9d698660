package dev.stratus.s3;

import java.util.zip.Checksum;

/**
 * CRC-64/NVME, the checksum S3 calls CRC64NVME: polynomial 0xAD93D23594C93659, reflected, with an
 * initial value and final XOR of all ones (check value of "123456789": 0xAE8B14860A799888).
 * Table-driven, eight bytes a step, since a multi-gigabyte upload goes through it.
 */
final class Crc64Nvme implements Checksum {
    /** The polynomial with its bits reversed, as a reflected CRC shifts right. */
    static final long REFLECTED_POLY = Long.reverse(0xAD93D23594C93659L);
    private static final long[][] TABLES = tables();

    private long crc = -1L;

    @Override
    public void update(int b) {
        crc = TABLES[0][(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
    }

    @Override
    public void update(byte[] b, int off, int len) {
        long c = crc;
        int i = off;
        int end = off + len;
        for (; end - i >= 8; i += 8) {
            c ^= (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                    | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56;
            c = TABLES[7][(int) (c & 0xff)] ^ TABLES[6][(int) (c >>> 8 & 0xff)] ^ TABLES[5][(int) (c >>> 16 & 0xff)]
                    ^ TABLES[4][(int) (c >>> 24 & 0xff)] ^ TABLES[3][(int) (c >>> 32 & 0xff)] ^ TABLES[2][(int) (c >>> 40 & 0xff)]
                    ^ TABLES[1][(int) (c >>> 48 & 0xff)] ^ TABLES[0][(int) (c >>> 56)];
        }
        for (; i < end; i++) {
            c = TABLES[0][(int) ((c ^ b[i]) & 0xff)] ^ (c >>> 8);
        }
        crc = c;
    }

    @Override
    public long getValue() {
        return ~crc;
    }

    @Override
    public void reset() {
        crc = -1L;
    }

    /** Table 0 is the byte-at-a-time table; table k advances a byte's CRC through k more zero bytes (slicing-by-8). */
    private static long[][] tables() {
        long[][] t = new long[8][256];
        for (int n = 0; n < 256; n++) {
            long c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ REFLECTED_POLY : c >>> 1;
            }
            t[0][n] = c;
        }
        for (int n = 0; n < 256; n++) {
            for (int k = 1; k < 8; k++) {
                t[k][n] = t[0][(int) (t[k - 1][n] & 0xff)] ^ (t[k - 1][n] >>> 8);
            }
        }
        return t;
    }
}
