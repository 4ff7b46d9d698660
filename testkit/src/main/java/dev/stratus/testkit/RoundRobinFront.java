package dev.stratus.testkit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer in front of several Stratus nodes, as a team puts one (nginx, an ALB): clients
 * know one endpoint, and each request goes to the next node in turn ({@link Spread#PER_REQUEST}),
 * or each connection does ({@link Spread#PER_CONNECTION}). HTTP/1.1 passes byte for byte, the
 * Host header included, so what Stratus derives from it (queue URLs) names the front, as behind
 * a real one. An {@code Expect: 100-continue} is answered here, as proxies do; a node that cannot
 * be reached is answered 502 and the connection closed.
 */
public final class RoundRobinFront implements AutoCloseable {
    /** How requests are spread over the nodes. */
    public enum Spread { PER_REQUEST, PER_CONNECTION }

    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BAD_GATEWAY = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final List<InetSocketAddress> nodes;
    private final Spread spread;
    private final ServerSocket listener;
    private final AtomicInteger turn = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private RoundRobinFront(List<InetSocketAddress> nodes, Spread spread) throws IOException {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a front needs at least one node");
        }
        this.nodes = List.copyOf(nodes);
        this.spread = spread;
        this.listener = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    }

    /** A front on a free port of 127.0.0.1 that spreads requests over {@code nodes} (http://host:port each). */
    public static RoundRobinFront start(List<URI> nodes, Spread spread) throws IOException {
        RoundRobinFront front = new RoundRobinFront(nodes.stream().map(u -> new InetSocketAddress(u.getHost(), u.getPort())).toList(), spread);
        Thread.ofPlatform().daemon().name("stratus-front-" + front.port()).start(front::accept);
        return front;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** http://127.0.0.1:PORT */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(RoundRobinFront::closeQuietly);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                client.setTcpNoDelay(true);
                open.add(client);
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                // The listener was closed, or one accept failed: the loop's condition tells which.
            }
        }
    }

    private int nextNode() {
        return Math.floorMod(turn.getAndIncrement(), nodes.size());
    }

    /** The requests of one client connection, in turn (HTTP/1.1 clients do not pipeline), each to its node. */
    private void serve(Socket client) {
        Map<Integer, Upstream> upstreams = new HashMap<>();
        try {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            int sticky = spread == Spread.PER_CONNECTION ? nextNode() : -1;
            Head request;
            while ((request = Head.read(in)) != null) {
                int node = sticky >= 0 ? sticky : nextNode();
                if (!exchange(request, in, out, upstreams, node)) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away or sent what is not HTTP: its connection ends.
        } finally {
            upstreams.values().forEach(u -> closeQuietly(u.socket()));
            open.remove(client);
            closeQuietly(client);
        }
    }

    /** One request to {@code node} and its answer back; whether the connection stays open for another. */
    private boolean exchange(Head request, InputStream in, OutputStream out, Map<Integer, Upstream> upstreams, int node) throws IOException {
        if (request.has("expect", "100-continue")) {
            out.write(CONTINUE);
            out.flush();
        }
        Head response;
        Upstream up = upstreams.get(node);
        try {
            if (up == null) {
                up = Upstream.open(nodes.get(node));
                upstreams.put(node, up);
            }
            up.out().write(request.bytesWithout("expect"));
            copyBody(request, in, up.out(), false);
            up.out().flush();
            response = Head.read(up.in());
            if (response == null) {
                throw new EOFException("the node closed the connection without answering");
            }
        } catch (IOException nodeDown) {
            out.write(BAD_GATEWAY);
            out.flush();
            return false;
        }
        out.write(response.bytesWithout(null));
        boolean untilClose = copyBody(response, up.in(), out, request.method().equals("HEAD"));
        out.flush();
        return !untilClose && !request.has("connection", "close") && !response.has("connection", "close");
    }

    /** A connection to a node, kept for the client connection's later requests to the same node. */
    private record Upstream(Socket socket, InputStream in, OutputStream out) {
        static Upstream open(InetSocketAddress node) throws IOException {
            Socket s = new Socket(node.getAddress(), node.getPort());
            s.setTcpNoDelay(true);
            return new Upstream(s, new BufferedInputStream(s.getInputStream()), new BufferedOutputStream(s.getOutputStream()));
        }
    }

    /**
     * Copies a message's body as its head frames it: Content-Length bytes, chunks to the last one
     * and its trailers, nothing (a HEAD's answer, 1xx, 204, 304), or, for an answer framed by
     * neither, everything until the node closes; returns whether it was that last kind.
     */
    private static boolean copyBody(Head head, InputStream in, OutputStream out, boolean answersHead) throws IOException {
        if (answersHead || head.bodiless()) {
            return false;
        }
        if (head.has("transfer-encoding", "chunked")) {
            copyChunks(in, out);
            return false;
        }
        String length = head.header("content-length");
        if (length != null) {
            copyExactly(in, out, Long.parseLong(length.strip()));
            return false;
        }
        if (head.isRequest()) {
            return false;
        }
        in.transferTo(out);
        return true;
    }

    private static void copyChunks(InputStream in, OutputStream out) throws IOException {
        while (true) {
            String sizeLine = line(in);
            out.write((sizeLine + "\r\n").getBytes(StandardCharsets.US_ASCII));
            int semicolon = sizeLine.indexOf(';');
            long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            if (size == 0) {
                String trailer;
                do {
                    trailer = line(in);
                    out.write((trailer + "\r\n").getBytes(StandardCharsets.US_ASCII));
                } while (!trailer.isEmpty());
                return;
            }
            copyExactly(in, out, size);
            String end = line(in);
            if (!end.isEmpty()) {
                throw new IOException("a chunk was longer than its size said");
            }
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static void copyExactly(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[16384];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("the body ended " + left + " bytes short");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** One CRLF-ended line, without its end. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("the connection ended mid-line");
            }
            if (line.size() >= MAX_HEAD_BYTES) {
                throw new IOException("a line longer than " + MAX_HEAD_BYTES + " bytes");
            }
            line.write(b);
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** A request's or answer's start line and headers, as they came. */
    record Head(String startLine, List<String[]> headers) {
        /** The next head, or null when the connection ended cleanly before one began. */
        static Head read(InputStream in) throws IOException {
            in.mark(1);
            if (in.read() < 0) {
                return null;
            }
            in.reset();
            String start = line(in);
            List<String[]> headers = new ArrayList<>();
            int size = start.length();
            for (String l = line(in); !l.isEmpty(); l = line(in)) {
                size += l.length();
                if (size > MAX_HEAD_BYTES) {
                    throw new IOException("a head longer than " + MAX_HEAD_BYTES + " bytes");
                }
                int colon = l.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("not a header line: " + l);
                }
                headers.add(new String[] {l.substring(0, colon), l.substring(colon + 1).strip()});
            }
            return new Head(start, headers);
        }

        boolean isRequest() {
            return !startLine.startsWith("HTTP/");
        }

        String method() {
            return isRequest() ? startLine.substring(0, startLine.indexOf(' ')) : "";
        }

        /** An answer that never has a body, whatever its headers say. */
        boolean bodiless() {
            if (isRequest()) {
                return false;
            }
            int status = Integer.parseInt(startLine.split(" ", 3)[1]);
            return status < 200 || status == 204 || status == 304;
        }

        String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        /** Whether header {@code name} lists {@code token} (case aside). */
        boolean has(String name, String token) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name))
                    .anyMatch(h -> List.of(h[1].toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains(token));
        }

        /** The head as sent on, without header {@code dropped} (none when null). */
        byte[] bytesWithout(String dropped) {
            StringBuilder s = new StringBuilder(startLine).append("\r\n");
            for (String[] h : headers) {
                if (dropped == null || !h[0].equalsIgnoreCase(dropped)) {
                    s.append(h[0]).append(": ").append(h[1]).append("\r\n");
                }
            }
            return s.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
