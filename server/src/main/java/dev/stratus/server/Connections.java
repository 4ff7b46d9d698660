package dev.stratus.server;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.DataReader;
import io.helidon.common.buffers.DataWriter;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.common.socket.PeerInfo;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.Status;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ListenerContext;
import io.helidon.webserver.ProxyProtocolData;
import io.helidon.webserver.Router;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.helidon.webserver.http1.Http1ConnectionSelector;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Every connection of Stratus's port passes here before a byte of it is read: this wraps Helidon's
 * HTTP/1.1 selector, the only one the listener has. It keeps what Helidon does not:
 * <ul>
 * <li>at most {@code max} connections are open; at the limit, a new one takes the place of an idle
 * one, or, when all are busy with requests, is answered 503 and closed at once, rather than left
 * waiting in the kernel's backlog as with Helidon's own maxTcpConnections;</li>
 * <li>idle time counts between requests only (Helidon counts from the start of the last request,
 * which would close a connection after a 20-second long poll or a 15-minute Invoke), so Helidon's
 * idle-connection reaper never cuts a request being served;</li>
 * <li>a request line must be followed by its headers within the header timeout; Helidon's reaper
 * only interrupts a connection waiting for a request line;</li>
 * <li>an HTTP/1.0 request line, which Helidon answers 505, is read as HTTP/1.1 with
 * {@code Connection: close}: the answer has a Content-Length and the connection then closes, which
 * is what an HTTP/1.0 client (nginx's default upstream) expects.</li>
 * </ul>
 * It is also the receive and send listener of the HTTP/1.1 protocol, which tells it where each
 * connection is in its request.
 */
final class Connections implements ServerConnectionSelector, Http1ConnectionListener {
    /** How many idle connections are compared to close the longest idle at the limit: a sample keeps it O(1). */
    private static final int IDLE_CANDIDATES = 32;
    private final ServerConnectionSelector http1;
    private final int max;
    private final long headerTimeoutNanos;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<Tracked> tracked = ConcurrentHashMap.newKeySet();

    Connections(int max, Duration headerTimeout) {
        this.http1 = Http1ConnectionSelector.builder()
                .config(Http1Config.builder().addReceiveListener(this).addSendListener(this).build())
                .build();
        this.max = max;
        this.headerTimeoutNanos = headerTimeout.toNanos();
    }

    @Override
    public ServerConnection connection(ConnectionContext ctx) {
        if (open.incrementAndGet() > max && !closeAnIdleOne()) {
            open.decrementAndGet();
            return new Refused(ctx, max);
        }
        Tracked t = new Tracked();
        t.connection = http1.connection(new Context(ctx, t));
        tracked.add(t);
        return t;
    }

    /**
     * Makes room at the limit, as nginx does: closes the longest idle of the first few idle
     * connections found (a client that kept one simply reconnects), so that connections held open
     * and silent cannot keep others out. False when every connection is busy with a request.
     * The closed one counts until its handler ends, a moment later: Helidon's maxTcpConnections
     * bounds what is open meanwhile.
     */
    private boolean closeAnIdleOne() {
        Tracked oldest = null;
        int candidates = 0;
        for (Tracked t : tracked) {
            if (!t.serving && !t.closing && (oldest == null || t.idleSince < oldest.idleSince)) {
                oldest = t;
                if (++candidates == IDLE_CANDIDATES) {
                    break;
                }
            }
        }
        if (oldest == null) {
            return false;
        }
        oldest.closing = true;
        // Interrupts it if it waits for a request line; one being answered closes after its answer.
        oldest.connection.close(false);
        return true;
    }

    /** Cuts the connections whose request headers are overdue; run periodically. */
    void closeSlowHeaders() {
        long now = System.nanoTime();
        for (Tracked t : tracked) {
            long started = t.requestLineAt;
            if (started != 0 && now - started > headerTimeoutNanos) {
                // Interrupting is the only way to stop a read blocked on the socket.
                t.connection.close(true);
            }
        }
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        if (ctx instanceof Context c) {
            c.tracked.requestLineAt = System.nanoTime();
            c.tracked.serving = true;
        }
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        if (ctx instanceof Context c) {
            c.tracked.requestLineAt = 0;
        }
    }

    @Override
    public void status(ConnectionContext ctx, Status status) {
        if (ctx instanceof Context c) {
            c.tracked.idleSince = System.nanoTime();
            c.tracked.serving = false;
        }
    }

    @Override
    public int bytesToIdentifyConnection() {
        return http1.bytesToIdentifyConnection();
    }

    @Override
    public Support supports(BufferData data) {
        return http1.supports(data);
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return http1.supportedApplicationProtocols();
    }

    /** A connection within the limit: Helidon's HTTP/1.1 connection, with idle time as Stratus counts it. */
    private final class Tracked implements ServerConnection {
        private ServerConnection connection;
        /** When the current request line arrived, until its headers did; 0 otherwise. */
        private volatile long requestLineAt;
        private volatile boolean serving;
        private volatile long idleSince = System.nanoTime();
        /** Chosen to make room at the limit: not chosen twice. */
        private volatile boolean closing;

        @Override
        public void handle(Semaphore requestSemaphore) throws InterruptedException {
            try {
                connection.handle(requestSemaphore);
            } finally {
                closed();
            }
        }

        @Override
        public void handle(Limit limit) throws InterruptedException {
            try {
                connection.handle(limit);
            } finally {
                closed();
            }
        }

        private void closed() {
            tracked.remove(this);
            open.decrementAndGet();
        }

        @Override
        public Duration idleTime() {
            return serving ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - idleSince);
        }

        @Override
        public void close(boolean interrupt) {
            connection.close(interrupt);
        }
    }

    /** A connection over the limit: a 503 the SDKs retry after a pause, and the socket closed. */
    private static final class Refused implements ServerConnection {
        private final ConnectionContext ctx;
        private final int max;

        Refused(ConnectionContext ctx, int max) {
            this.ctx = ctx;
            this.max = max;
        }

        @Override
        public void handle(Semaphore requestSemaphore) {
            answer();
        }

        @Override
        public void handle(Limit limit) {
            answer();
        }

        private void answer() {
            byte[] body = ("{\"__type\":\"ServiceUnavailable\",\"message\":\"Stratus has " + max
                    + " connections open, its limit (--max-connections); try again later.\"}").getBytes(StandardCharsets.UTF_8);
            byte[] head = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                ctx.dataWriter().writeNow(BufferData.create(BufferData.create(head), BufferData.create(body)));
            } catch (RuntimeException gone) {
                // The client left already: closing is all that is left to do, and Helidon does it on return.
            }
        }

        @Override
        public Duration idleTime() {
            return Duration.ZERO;
        }

        @Override
        public void close(boolean interrupt) {
            // Answered and closed as soon as it is handled: nothing to interrupt.
        }
    }

    /** Helidon's context of a connection, its bytes read through {@link Http10}. */
    private static final class Context implements ConnectionContext {
        private final ConnectionContext delegate;
        private final Tracked tracked;
        private final DataReader reader;

        Context(ConnectionContext delegate, Tracked tracked) {
            this.delegate = delegate;
            this.tracked = tracked;
            this.reader = DataReader.create(new Http10(delegate.dataReader()));
        }

        @Override
        public DataReader dataReader() {
            return reader;
        }

        @Override
        public ListenerContext listenerContext() {
            return delegate.listenerContext();
        }

        @Override
        public ExecutorService executor() {
            return delegate.executor();
        }

        @Override
        public DataWriter dataWriter() {
            return delegate.dataWriter();
        }

        @Override
        public Router router() {
            return delegate.router();
        }

        @Override
        public Optional<ProxyProtocolData> proxyProtocolData() {
            return delegate.proxyProtocolData();
        }

        @Override
        public HelidonSocket serverSocket() {
            return delegate.serverSocket();
        }

        @Override
        public PeerInfo remotePeer() {
            return delegate.remotePeer();
        }

        @Override
        public PeerInfo localPeer() {
            return delegate.localPeer();
        }

        @Override
        public boolean isSecure() {
            return delegate.isSecure();
        }

        @Override
        public String socketId() {
            return delegate.socketId();
        }

        @Override
        public String childSocketId() {
            return delegate.childSocketId();
        }
    }

    /**
     * A connection's bytes as Helidon reads them, its first request line rewritten when it is
     * HTTP/1.0. Only the first: the rewritten request asks for the connection to close after it.
     */
    static final class Http10 implements Supplier<byte[]> {
        /** Helidon's own limit on a request line; a longer one is passed on for Helidon to refuse. */
        private static final int MAX_LINE = 16 * 1024;
        private static final byte[] HTTP_1_0 = " HTTP/1.0".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] AS_HTTP_1_1 = " HTTP/1.1\r\nConnection: close".getBytes(StandardCharsets.US_ASCII);

        private final DataReader socket;
        private boolean firstLineRead;

        Http10(DataReader socket) {
            this.socket = socket;
        }

        @Override
        public byte[] get() {
            byte[] bytes = next();
            if (firstLineRead || bytes == null) {
                return bytes;
            }
            int eol = indexOf(bytes, (byte) '\n');
            while (eol < 0 && bytes.length < MAX_LINE) {
                byte[] more = next();
                if (more == null) {
                    firstLineRead = true;
                    return bytes;
                }
                bytes = concat(bytes, 0, bytes.length, more);
                eol = indexOf(bytes, (byte) '\n');
            }
            firstLineRead = true;
            return eol < 0 ? bytes : rewrite(bytes, eol);
        }

        /** {@code bytes} with the line ending at {@code eol} as HTTP/1.1 if it was HTTP/1.0. */
        static byte[] rewrite(byte[] bytes, int eol) {
            int end = eol > 0 && bytes[eol - 1] == '\r' ? eol - 1 : eol;
            int version = end - HTTP_1_0.length;
            if (version < 0 || !java.util.Arrays.equals(bytes, version, end, HTTP_1_0, 0, HTTP_1_0.length)) {
                return bytes;
            }
            byte[] head = concat(bytes, 0, version, AS_HTTP_1_1);
            return concat(head, 0, head.length, java.util.Arrays.copyOfRange(bytes, end, bytes.length));
        }

        private byte[] next() {
            try {
                socket.ensureAvailable();
                return socket.readBytes(socket.available());
            } catch (DataReader.InsufficientDataAvailableException closed) {
                return null;
            }
        }

        private static int indexOf(byte[] bytes, byte b) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == b) {
                    return i;
                }
            }
            return -1;
        }

        private static byte[] concat(byte[] a, int from, int to, byte[] b) {
            byte[] out = new byte[to - from + b.length];
            System.arraycopy(a, from, out, 0, to - from);
            System.arraycopy(b, 0, out, to - from, b.length);
            return out;
        }
    }
}
