package dev.stratus.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stratus.protocol.Gateway;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.HttpResponse;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.model.ServiceModel;
import dev.stratus.sqs.SqsService;
import dev.stratus.sqs.api.SqsDispatcher;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;

/**
 * One Stratus: the store, the timers, every service, and the HTTP port they answer on.
 * {@code /_stratus/*} is Stratus's own; everything else goes to the gateway.
 */
public final class StratusServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StratusServer.class.getName());
    public static final String VERSION = versionOf();

    private final Config config;
    private final Store store;
    private final Timers timers;
    private final Gateway gateway;
    private final List<String> services = List.of("sqs");
    private HttpServer http;

    public StratusServer(Config config, Clock clock) {
        this.config = config;
        this.store = openStore(config);
        this.timers = new Timers(store, clock);
        SqsService sqs = new SqsService(store, clock, timers);
        this.gateway = new Gateway(List.of(new Gateway.Service(ServiceModel.load("sqs"), new SqsDispatcher(sqs))),
                config.region(), config.accountId());
        gateway.observe(ctx -> {
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine(ctx.requestId() + " " + ctx.service() + "." + ctx.operation() + " " + ctx.region());
            }
        });
    }

    private static Store openStore(Config config) {
        if (config.storeUrl() != null) {
            return PostgresStore.open(config.storeUrl());
        }
        return config.ephemeral() ? SqliteStore.inMemory()
                : SqliteStore.open(config.dataDir(), config.fsyncAlways() ? SqliteStore.Durability.FSYNC_ALWAYS : SqliteStore.Durability.PROCESS_CRASH);
    }

    public StratusServer start() throws IOException {
        timers.start();
        http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 1024);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/", this::exchange);
        http.start();
        return this;
    }

    /** The port actually bound (useful with --port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    public String endpoint() {
        return "http://" + config.host() + ":" + port();
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            HttpResponse r;
            try {
                HttpRequest request = request(ex);
                r = request.path().startsWith("/_stratus/") ? own(request) : gateway.handle(request);
            } catch (IOException e) {
                r = HttpResponse.text(400, "text/plain", "Unreadable request: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "unexpected failure", e);
                r = HttpResponse.text(500, "text/plain", "InternalFailure");
            }
            r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            boolean noBody = "HEAD".equals(ex.getRequestMethod()) || r.body().length == 0;
            ex.sendResponseHeaders(r.status(), noBody ? -1 : r.body().length);
            if (!noBody) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        }
    }

    private static HttpRequest request(HttpExchange ex) throws IOException {
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.isEmpty() ? "" : v.get(0)));
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        return new HttpRequest(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), query, headers, body,
                ex.getRemoteAddress().toString());
    }

    private HttpResponse own(HttpRequest request) {
        if (request.path().equals("/_stratus/health")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "running");
            body.put("version", VERSION);
            Map<String, String> s = new LinkedHashMap<>();
            services.forEach(name -> s.put(name, "running"));
            body.put("services", s);
            return HttpResponse.of(200, "application/json", Json.bytes(body));
        }
        return HttpResponse.text(404, "application/json", "{\"message\":\"No such Stratus endpoint: " + request.path() + "\"}");
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop(0);
        }
        timers.close();
        store.close();
    }

    private static String versionOf() {
        String v = StratusServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
