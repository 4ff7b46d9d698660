package dev.stratus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoundRobinFrontTest {
    private final List<HttpServer> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Three nodes that answer "name host length-of-body", the last one's answer chunked. */
    @BeforeEach
    void nodes() throws IOException {
        for (String name : List.of("a", "b", "c")) {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                byte[] answer = (name + " " + exchange.getRequestHeaders().getFirst("Host") + " " + body.length).getBytes(StandardCharsets.UTF_8);
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(200, head ? -1 : name.equals("c") ? 0 : answer.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    }
                }
                exchange.close();
            });
            s.start();
            nodes.add(s);
        }
    }

    @AfterEach
    void stop() {
        nodes.forEach(s -> s.stop(0));
        http.close();
    }

    private List<URI> endpoints() {
        return nodes.stream().map(s -> URI.create("http://127.0.0.1:" + s.getAddress().getPort())).toList();
    }

    private String post(RoundRobinFront front, HttpRequest.BodyPublisher body, boolean expectContinue) throws Exception {
        return http.send(HttpRequest.newBuilder(front.endpoint().resolve("/q")).expectContinue(expectContinue).POST(body).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void eachRequestGoesToTheNextNodeWithItsHostAndBodyAsSent() throws Exception {
        try (RoundRobinFront front = RoundRobinFront.start(endpoints(), RoundRobinFront.Spread.PER_REQUEST)) {
            String host = "127.0.0.1:" + front.port();
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(post(front, HttpRequest.BodyPublishers.ofString("x".repeat(i)), false));
            }
            assertEquals(List.of("a " + host + " 0", "b " + host + " 1", "c " + host + " 2", "a " + host + " 3"), answers);
        }
    }

    @Test
    void chunkedBodiesAndExpectContinuePassThrough() throws Exception {
        try (RoundRobinFront front = RoundRobinFront.start(endpoints(), RoundRobinFront.Spread.PER_REQUEST)) {
            byte[] big = new byte[300_000];
            // Of unknown length, the body goes chunked.
            String a = post(front, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)), true);
            String b = post(front, HttpRequest.BodyPublishers.ofByteArray(big), true);
            String c = post(front, HttpRequest.BodyPublishers.ofByteArray(big), false);
            assertEquals(List.of("a", "300000"), List.of(a.split(" ")[0], a.split(" ")[2]));
            assertEquals(List.of("b", "300000"), List.of(b.split(" ")[0], b.split(" ")[2]));
            assertEquals(List.of("c", "300000"), List.of(c.split(" ")[0], c.split(" ")[2]), "a chunked answer");
        }
    }

    @Test
    void perConnectionKeepsAConnectionOnOneNode() throws Exception {
        try (RoundRobinFront front = RoundRobinFront.start(endpoints(), RoundRobinFront.Spread.PER_CONNECTION)) {
            List<String> first = exchanges(front, 3);
            List<String> second = exchanges(front, 2);
            assertEquals(List.of("a", "a", "a"), first);
            assertEquals(List.of("b", "b"), second);
        }
    }

    @Test
    void aHeadAnswerHasNoBodyAndTheConnectionGoesOn() throws Exception {
        try (RoundRobinFront front = RoundRobinFront.start(endpoints(), RoundRobinFront.Spread.PER_REQUEST);
             Socket s = new Socket("127.0.0.1", front.port())) {
            OutputStream out = s.getOutputStream();
            out.write("HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = new BufferedInputStream(s.getInputStream());
            RoundRobinFront.Head head = RoundRobinFront.Head.read(in);
            RoundRobinFront.Head get = RoundRobinFront.Head.read(in);
            assertEquals("HTTP/1.1 200 OK", head.startLine());
            assertEquals("HTTP/1.1 200 OK", get.startLine());
            assertEquals("b x 0", new String(in.readNBytes(Integer.parseInt(get.header("content-length"))), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aNodeThatIsDownIsABadGateway() throws Exception {
        nodes.get(1).stop(0);
        try (RoundRobinFront front = RoundRobinFront.start(endpoints(), RoundRobinFront.Spread.PER_REQUEST)) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(http.send(HttpRequest.newBuilder(front.endpoint()).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            assertEquals(List.of(200, 502, 200), statuses);
        }
    }

    /** The first word of each of {@code count} answers on one raw connection. */
    private static List<String> exchanges(RoundRobinFront front, int count) throws IOException {
        List<String> names = new ArrayList<>();
        try (Socket s = new Socket("127.0.0.1", front.port())) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            for (int i = 0; i < count; i++) {
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                RoundRobinFront.Head h = RoundRobinFront.Head.read(in);
                String body = new String(in.readNBytes(Integer.parseInt(h.header("content-length"))), StandardCharsets.US_ASCII);
                names.add(body.split(" ")[0]);
            }
        }
        return names;
    }
}
