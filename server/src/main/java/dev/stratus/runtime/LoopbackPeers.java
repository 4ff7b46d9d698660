package dev.stratus.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Which processes a loopback TCP connection comes from (Linux): the client end's socket inode from
 * /proc/net/tcp (and tcp6), then whether one of the given processes holds that socket among its
 * file descriptors. The Runtime API listeners use it to answer only their own environment.
 */
final class LoopbackPeers {
    /** The check could not be made here (no /proc): callers let the connection through. */
    static final long UNKNOWN = -1;
    /** No such connection in the tables: it is gone, or comes from another network namespace. */
    static final long NONE = 0;

    private LoopbackPeers() {
    }

    /** The socket inode of the client end of the connection from local port {@code clientPort} to {@code serverPort}. */
    static long clientInode(int clientPort, int serverPort) {
        boolean readable = false;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(table));
                readable = true;
            } catch (IOException | RuntimeException missing) {
                continue;
            }
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode …
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && port(f[1]) == clientPort && port(f[2]) == serverPort) {
                    return Long.parseLong(f[9]);
                }
            }
        }
        return readable ? NONE : UNKNOWN;
    }

    /** Whether one of {@code pids} has the socket {@code inode} open. */
    static boolean heldBy(Collection<Long> pids, long inode) {
        String link = "socket:[" + inode + "]";
        for (long pid : pids) {
            try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
                for (Path fd : (Iterable<Path>) fds::iterator) {
                    try {
                        if (Files.readSymbolicLink(fd).toString().equals(link)) {
                            return true;
                        }
                    } catch (IOException closed) {
                        // The descriptor was closed while listed.
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // The process ended while listed.
            }
        }
        return false;
    }

    private static int port(String hexAddress) {
        int colon = hexAddress.lastIndexOf(':');
        return colon < 0 ? -1 : Integer.parseInt(hexAddress.substring(colon + 1), 16);
    }
}
