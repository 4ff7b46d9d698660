package dev.stratus.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * An object's bytes as the blobs that hold them, in order: one for a PUT, one per part for a
 * completed multipart upload (so completing never copies gigabytes), none for an empty object
 * or a delete marker. Stored as {@code id:size,id:size}.
 */
record ObjectData(List<Segment> segments) {
    /** The version id S3 gives objects written while versioning is not enabled. */
    static final String NULL_VERSION = "null";
    static final ObjectData EMPTY = new ObjectData(List.of());

    record Segment(String blob, long size) {
    }

    static ObjectData of(String blob, long size) {
        return size == 0 ? EMPTY : new ObjectData(List.of(new Segment(blob, size)));
    }

    long size() {
        return segments.stream().mapToLong(Segment::size).sum();
    }

    List<String> blobs() {
        return segments.stream().map(Segment::blob).toList();
    }

    /**
     * Bytes {@code offset} to {@code offset + length - 1}, read from the blobs they span, one open
     * at a time; the blobs are kept until the stream is closed, should the object be replaced meanwhile.
     */
    InputStream open(BlobStore blobs, long offset, long length) {
        List<Segment> parts = new ArrayList<>();
        List<long[]> ranges = new ArrayList<>();
        long start = 0;
        for (Segment s : segments) {
            long end = start + s.size();
            if (end > offset && start < offset + length) {
                long from = Math.max(offset, start) - start;
                long to = Math.min(offset + length, end) - start;
                parts.add(s);
                ranges.add(new long[] {from, to - from});
            }
            start = end;
        }
        Enumeration<InputStream> streams = new Enumeration<>() {
            private int i;

            @Override
            public boolean hasMoreElements() {
                return i < parts.size();
            }

            @Override
            public InputStream nextElement() {
                int at = i++;
                try {
                    return blobs.open(parts.get(at).blob(), ranges.get(at)[0], ranges.get(at)[1]);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        if (parts.isEmpty()) {
            return InputStream.nullInputStream();
        }
        List<String> read = parts.stream().map(Segment::blob).toList();
        blobs.retain(read);
        try {
            return new java.io.FilterInputStream(new SequenceInputStream(streams)) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        if (!closed) {
                            closed = true;
                            blobs.release(read);
                        }
                    }
                }
            };
        } catch (RuntimeException e) {
            blobs.release(read);
            throw e;
        }
    }

    String encoded() {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(s.blob()).append(':').append(s.size());
        }
        return b.toString();
    }

    static ObjectData decode(String s) {
        if (s == null || s.isEmpty()) {
            return EMPTY;
        }
        List<Segment> out = new ArrayList<>();
        for (String part : s.split(",")) {
            int colon = part.lastIndexOf(':');
            out.add(new Segment(part.substring(0, colon), Long.parseLong(part.substring(colon + 1))));
        }
        return new ObjectData(Collections.unmodifiableList(out));
    }
}
