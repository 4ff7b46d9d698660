package dev.stratus.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An environment's stdout and stderr, which the process writes to a file rather than a pipe:
 * everything a runtime printed before it posted its response is in the file when the post
 * arrives, so reading to the end then gives exactly the invocation's lines, in order, with no
 * race against a pipe reader. Once a megabyte has been read and nothing more is waiting, the file
 * is emptied; a line written in the microseconds between that check and the truncation would be
 * lost, so this happens rarely rather than after every invocation.
 */
final class ProcessOutput implements AutoCloseable {
    /** AWS splits a log line longer than 256 KB into several events. */
    static final int MAX_LINE_BYTES = 256 * 1024;
    private static final int CHUNK = 64 * 1024;
    private static final long TRUNCATE_AFTER = 1024 * 1024;

    private final FileChannel file;
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private long position;

    ProcessOutput(Path path) throws IOException {
        this.file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /**
     * The complete lines written since the last call; with {@code flush}, an unterminated last line
     * too (it is the end of the invocation). At most {@code maxBytes} are read in one call so a
     * process printing without pause cannot hold the caller; the rest waits for the next call.
     */
    synchronized List<String> lines(boolean flush, long maxBytes) throws IOException {
        List<String> lines = new ArrayList<>();
        long read = 0;
        while (read < maxBytes) {
            buffer.clear();
            int n = file.read(buffer, position);
            if (n <= 0) {
                break;
            }
            position += n;
            read += n;
            byte[] b = buffer.array();
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (b[i] == '\n') {
                    partial.write(b, start, i - start);
                    lines.add(take());
                    start = i + 1;
                } else if (partial.size() + (i - start) >= MAX_LINE_BYTES) {
                    partial.write(b, start, i - start);
                    lines.add(take());
                    start = i;
                }
            }
            partial.write(b, start, n - start);
        }
        if (flush && partial.size() > 0) {
            lines.add(take());
        }
        if (position > TRUNCATE_AFTER && partial.size() == 0 && file.size() == position) {
            // The process appends (O_APPEND), so its next write lands at the new end, offset 0.
            file.truncate(0);
            position = 0;
        }
        return lines;
    }

    /**
     * The line read so far. AWS's runtimes write a multi-line record (a stack trace, a message with
     * line breaks) as one line with carriage returns inside; it is one event, with its line breaks.
     */
    private String take() {
        String line = partial.toString(StandardCharsets.UTF_8);
        partial.reset();
        line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return line.replace('\r', '\n');
    }

    @Override
    public synchronized void close() throws IOException {
        file.close();
    }
}
