package dev.stratus.runtime;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lambda Runtime API listener of one execution environment: a small HTTP/1.1 server on its own
 * loopback port, because {@code AWS_LAMBDA_RUNTIME_API} must be a plain host:port and the port is
 * how Stratus knows which environment is calling. Each connection gets a virtual thread; runtime
 * clients keep one connection alive, so the per-invoke cost is two small exchanges on it.
 */
final class RuntimeApiServer implements Closeable {
    /** The largest response or error a runtime may post: AWS's 6,291,556 bytes. */
    static final int MAX_BODY = 6 * 1024 * 1024 + 100;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    /** A request; {@code tooLarge} when its body passed {@link #MAX_BODY} and was skipped (body is then empty). */
    record Request(String method, String path, Map<String, String> headers, byte[] body, boolean tooLarge) {
    }

    record Response(int status, String contentType, Map<String, String> headers, byte[] body) {
        static Response json(int status, String json) {
            return new Response(status, "application/json", Map.of(), json.getBytes(StandardCharsets.UTF_8));
        }
    }

    @FunctionalInterface
    interface Handler {
        Response handle(Request request) throws InterruptedException;
    }

    /** Whether a connection from the given loopback port comes from the environment's own processes. */
    @FunctionalInterface
    interface PeerCheck {
        boolean allows(int clientPort, int serverPort);
    }

    private static final Response FORBIDDEN = new Response(403, "application/json", Map.of("Connection", "close"),
            "{\"errorMessage\":\"This Runtime API belongs to another execution environment\",\"errorType\":\"Forbidden\"}"
                    .getBytes(StandardCharsets.UTF_8));

    private final ServerSocket socket;
    private final Handler handler;
    private final PeerCheck peers;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    RuntimeApiServer(Handler handler, PeerCheck peers) throws IOException {
        this.handler = handler;
        this.peers = peers;
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        Thread.ofVirtual().name("runtime-api-" + socket.getLocalPort()).start(this::accept);
    }

    /** host:port, as {@code AWS_LAMBDA_RUNTIME_API} carries it. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                s.setTcpNoDelay(true);
                connections.add(s);
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
             OutputStream out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024)) {
            if (!peers.allows(s.getPort(), s.getLocalPort())) {
                // Any process on the machine can reach a loopback port; only this environment's may use it.
                if (read(in) != null) {
                    write(out, FORBIDDEN);
                }
                return;
            }
            while (true) {
                Request request = read(in);
                if (request == null) {
                    return;
                }
                Response response;
                try {
                    response = handler.handle(request);
                } catch (InterruptedException e) {
                    return;
                }
                write(out, response);
                if ("close".equalsIgnoreCase(request.headers().get("connection")) || request.tooLarge()) {
                    return;
                }
            }
        } catch (SocketException gone) {
            // The environment's process died or closed its connection.
        } catch (IOException | RuntimeException e) {
            // A malformed request: the runtime client is broken, and the connection is dropped.
        } finally {
            connections.remove(s);
        }
    }

    /** One request, or null at end of stream; a body over the limit is skipped. */
    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        if (requestLine.isEmpty()) {
            requestLine = line(in);
            if (requestLine == null) {
                return null;
            }
        }
        String[] parts = requestLine.split(" ", 3);
        if (parts.length < 2) {
            throw new IOException("bad request line");
        }
        Map<String, String> headers = new HashMap<>();
        int headerBytes = 0;
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            headerBytes += h.length();
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new IOException("headers too large");
            }
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(h.substring(0, colon).trim().toLowerCase(), h.substring(colon + 1).trim());
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else {
            long length = Long.parseLong(headers.getOrDefault("content-length", "0"));
            if (length > MAX_BODY) {
                in.skipNBytes(length);
                body = null;
            } else {
                body = in.readNBytes((int) length);
                if (body.length < length) {
                    return null;
                }
            }
        }
        return new Request(parts[0], parts[1], headers, body == null ? new byte[0] : body, body == null);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean tooLarge = false;
        while (true) {
            String size = line(in);
            if (size == null) {
                throw new IOException("truncated chunk");
            }
            int semi = size.indexOf(';');
            long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
            if (n == 0) {
                for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                    // Trailers carry nothing a runtime needs.
                }
                return tooLarge ? null : body.toByteArray();
            }
            if (tooLarge || body.size() + n > MAX_BODY) {
                tooLarge = true;
                in.skipNBytes(n);
            } else {
                body.write(in.readNBytes((int) n));
            }
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int end = sb.length();
                return end > 0 && sb.charAt(end - 1) == '\r' ? sb.substring(0, end - 1) : sb.toString();
            }
            if (sb.length() > MAX_HEADER_BYTES) {
                throw new IOException("line too long");
            }
            sb.append((char) c);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static void write(OutputStream out, Response r) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(r.headers());
        if (r.status() == 413) {
            headers.put("Connection", "close");
        }
        headers.put("Content-Type", r.contentType());
        headers.put("Content-Length", Integer.toString(r.body().length));
        StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(r.body());
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 202 -> "Accepted";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 413 -> "Payload Too Large";
            default -> "Status";
        };
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a listener that is already closed.
        }
        for (Socket s : connections) {
            try {
                s.close();
            } catch (IOException ignored) {
                // The peer already went away.
            }
        }
    }
}
