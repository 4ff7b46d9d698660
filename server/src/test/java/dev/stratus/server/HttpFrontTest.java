package dev.stratus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The findings of issue 11's review of the HTTP front, each replayed on a raw socket against a
 * Stratus with a low connection limit and one-second timeouts.
 */
class HttpFrontTest {
    static final int MAX_CONNECTIONS = 20;
    /** The one web origin this Stratus admits (--cors-origins). */
    static final String APP = "http://app.localhost:3000";
    static StratusServer stratus;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("stratus-front");
        Config d = Config.embedded(dir, null);
        stratus = new StratusServer(new Config(d.host(), 0, dir, true, null, false, d.region(), d.accountId(), d.lambdaConcurrency(),
                d.lambdaRetryDelaySeconds(), MAX_CONNECTIONS, 1, 1, List.of(APP), List.of("stratus.internal"), Config.Auth.DEFAULT,
                d.ec2TransitionDelay(), null, null), Clock.SYSTEM).start();
    }

    @AfterAll
    static void stop() {
        stratus.close();
    }

    /** An answer read off the socket: its status line, head and body (by Content-Length). */
    record Answer(int status, String head, String body) {
    }

    static Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", stratus.port());
        s.setSoTimeout(5_000);
        return s;
    }

    static Answer send(Socket s, String request) throws IOException {
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        return read(s.getInputStream());
    }

    static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after " + head);
            }
            head.write(b);
        }
        String h = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : h.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return new Answer(Integer.parseInt(h.substring(9, 12)), h, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    /** True when the server closes the connection within {@code ms}. */
    static boolean closedWithin(Socket s, int ms) throws IOException {
        s.setSoTimeout(ms);
        try {
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    static String sqs(String operation, String body) {
        return "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: AmazonSQS." + operation + "\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final String HEALTH = "GET /_stratus/health HTTP/1.1\r\nHost: localhost\r\n\r\n";

    /** A request as a browser sends it for a page, with the given Host and extra headers. */
    static Answer browser(String method, String path, String host, String headers, String body) throws IOException {
        try (Socket s = connect()) {
            return send(s, method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body);
        }
    }

    static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

    static String here() {
        return "127.0.0.1:" + stratus.port();
    }

    @Test
    void aCrossSiteSimplePostCannotCreateAFunction() throws IOException {
        // What any page can send without a preflight: text/plain, its own Origin.
        Answer a = browser("POST", "/2015-03-31/functions", here(), "Origin: http://evil.example\r\nContent-Type: text/plain\r\n",
                "{\"FunctionName\":\"f\",\"Runtime\":\"python3.12\",\"Role\":\"arn:aws:iam::000000000000:role/r\",\"Handler\":\"a.h\","
                        + "\"Code\":{\"ZipFile\":\"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==\"}}");
        assertEquals(403, a.status(), a.body());
        assertTrue(a.body().contains("AccessDeniedException") && a.body().contains("--cors-origins http://evil.example"), a.body());
        assertTrue(!a.head().toLowerCase().contains("access-control-allow-origin"), a.head());
        assertTrue(browser("GET", "/2015-03-31/functions/", here(), "", "").body().contains("\"Functions\":[]"));
    }

    @Test
    void aHostThatDoesNotNameThisServerIsRefused() throws IOException {
        // DNS rebinding: the attacker's name resolves to 127.0.0.1, and the browser sends it as Host.
        String rebound = "evil.example:" + stratus.port();
        Answer a = browser("POST", "/", rebound, FORM, "Action=ListQueues");
        assertEquals(403, a.status(), a.body());
        assertTrue(a.body().contains("does not name this Stratus"), a.body());
        // Its own origin, as the page at the rebound name sends it, changes nothing.
        assertEquals(403, browser("POST", "/", rebound, "Origin: http://" + rebound + "\r\n" + FORM, "Action=ListQueues").status());
        for (String host : new String[] {here(), "localhost:" + stratus.port(), "localhost", "bucket.s3.localhost:4566", "[::1]:4566",
                "10.1.2.3:4566", "stratus.internal:4566", "STRATUS.internal"}) {
            assertEquals(200, browser("POST", "/", host, FORM, "Action=ListQueues").status(), host);
        }
    }

    @Test
    void stratussOwnPagesAndTheConfiguredOriginAreServedWithCorsHeaders() throws IOException {
        Answer own = browser("GET", "/_stratus/health", here(), "Origin: http://" + here() + "\r\n", "");
        assertEquals(200, own.status());
        Answer app = browser("POST", "/", here(), "Origin: " + APP + "\r\nX-Amz-Target: AmazonSQS.ListQueues\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\n", "{}");
        assertEquals(200, app.status(), app.body());
        assertTrue(app.head().contains("Access-Control-Allow-Origin: " + APP), app.head());
        assertTrue(app.head().contains("Access-Control-Expose-Headers: ") && app.head().contains("x-amzn-RequestId"), app.head());
    }

    @Test
    void aPreflightIsAnsweredForTheConfiguredOriginOnly() throws IOException {
        String ask = "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: x-amz-target,content-type\r\n";
        Answer allowed = browser("OPTIONS", "/", here(), "Origin: " + APP + "\r\n" + ask, "");
        assertEquals(200, allowed.status());
        assertTrue(allowed.head().contains("Access-Control-Allow-Origin: " + APP), allowed.head());
        assertTrue(allowed.head().contains("Access-Control-Allow-Headers: x-amz-target,content-type"), allowed.head());
        Answer refused = browser("OPTIONS", "/", here(), "Origin: http://evil.example\r\n" + ask, "");
        assertEquals(403, refused.status());
        assertTrue(!refused.head().contains("Access-Control-Allow-Origin"), refused.head());
        Answer own = browser("OPTIONS", "/", here(), "Origin: http://" + here() + "\r\n" + ask, "");
        assertEquals(200, own.status());
        assertTrue(own.head().contains("Access-Control-Allow-Origin: http://" + here()), own.head());
    }

    @Test
    void aPageRequestWithoutAnOriginIsRefusedUnlessTheUserMadeIt() throws IOException {
        // An <img src> or a no-cors fetch: no Origin, but the browser says where it comes from.
        for (String site : new String[] {"cross-site", "same-site"}) {
            assertEquals(403, browser("POST", "/", here(), "Sec-Fetch-Site: " + site + "\r\n" + FORM, "Action=CreateQueue&QueueName=planted")
                    .status(), site);
        }
        // Browsers send no Sec-Fetch-Site to a network address (Stratus on 0.0.0.0): an unsigned GET action is refused all the same.
        Answer img = browser("GET", "/?Action=CreateQueue&QueueName=planted", "192.168.1.20:4566", "Referer: http://evil.example/\r\n", "");
        assertEquals(403, img.status(), img.body());
        assertTrue(img.body().contains("MissingAuthenticationToken"), img.body());
        // A client's signed GET, which AWS takes as well (the signature is not checked before IAM).
        String signed = "Authorization: AWS4-HMAC-SHA256 Credential=test/20261205/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=0\r\n";
        assertEquals(200, browser("GET", "/?Action=ListQueues", here(), signed, "").status());
        assertTrue(!browser("POST", "/", here(), FORM, "Action=ListQueues").body().contains("planted"));
        // A typed address, and SNS's own links however they are opened (a webmail's page is another site).
        assertEquals(200, browser("GET", "/_stratus/health", here(), "Sec-Fetch-Site: none\r\n", "").status());
        Answer link = browser("GET", "/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-east-1:000000000000:none&Token=t", here(),
                "Sec-Fetch-Site: cross-site\r\n", "");
        assertTrue(link.status() == 400 && link.body().contains("Invalid token"), link.status() + " " + link.body()); // SNS itself answered
    }

    @Test
    void aNullOrNonObjectJsonBodyIsASerializationError() throws IOException {
        try (Socket s = connect()) {
            for (String body : new String[] {"null", "[]", "\"q\"", "7"}) {
                Answer a = send(s, sqs("ListQueues", body));
                assertEquals(400, a.status(), body);
                assertTrue(a.body().contains("\"__type\":\"SerializationException\""), a.body());
            }
        }
    }

    @Test
    void bytesAfterTheJsonDocumentAreRefused() throws IOException {
        try (Socket s = connect()) {
            Answer a = send(s, sqs("ListQueues", "{}junk"));
            assertEquals(400, a.status());
            assertTrue(a.body().contains("SerializationException"), a.body());
            assertEquals(400, send(s, sqs("ListQueues", "{} {\"QueueNamePrefix\":\"x\"}")).status());
        }
    }

    @Test
    void malformedChunkedBodiesAre400AndCloseTheConnection() throws IOException {
        for (String chunk : new String[] {"2;foo=bar", "zz", "-2"}) {
            try (Socket s = connect()) {
                Answer a = send(s, "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: AmazonSQS.ListQueues\r\n"
                        + "Content-Type: application/x-amz-json-1.0\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + "\r\n{}\r\n0\r\n\r\n");
                assertEquals(400, a.status(), chunk);
                assertTrue(a.body().contains("SerializationException"), a.body());
                assertTrue(closedWithin(s, 2_000), "the rest of the body is unread: the connection must not be reused");
            }
        }
    }

    @Test
    void aMalformedRequestLineIs400() throws IOException {
        for (String line : new String[] {"GET\t/_stratus/health HTTP/1.1", "G\u0001T /_stratus/health HTTP/1.1", "GET /_stratus/health HTTP/9.9"}) {
            try (Socket s = connect()) {
                assertEquals(400, send(s, line + "\r\nHost: localhost\r\n\r\n").status(), line);
            }
        }
    }

    @Test
    void http10IsServedAndClosed() throws IOException {
        try (Socket s = connect()) {
            Answer a = send(s, "GET /_stratus/health HTTP/1.0\r\nHost: localhost\r\n\r\n");
            assertEquals(200, a.status());
            assertTrue(a.body().contains("\"status\":\"running\""), a.body());
            assertTrue(closedWithin(s, 2_000));
        }
        try (Socket s = connect()) {
            // nginx's default upstream: HTTP/1.0 with a body and Connection: close.
            Answer a = send(s, sqs("ListQueues", "{}").replace("HTTP/1.1", "HTTP/1.0"));
            assertEquals(200, a.status(), a.body());
        }
    }

    @Test
    void connectionCloseClosesTheConnection() throws IOException {
        try (Socket s = connect()) {
            Answer a = send(s, "GET /_stratus/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertEquals(200, a.status());
            assertTrue(a.head().contains("Connection: close"), a.head());
            assertTrue(closedWithin(s, 2_000));
        }
    }

    @Test
    void aRepeatedActionIsRefusedNotLastWins() throws IOException {
        String form = "Action=ListTopics&Action=CreateTopic&Name=twice";
        try (Socket s = connect()) {
            Answer a = send(s, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + form.length() + "\r\n\r\n" + form);
            assertEquals(400, a.status());
            assertTrue(a.body().contains("<Code>MalformedQueryString</Code>"), a.body());
            assertTrue(a.body().contains("Action"), a.body());
            Answer viaQuery = send(s, "POST /?Action=CreateTopic HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 31\r\n\r\nAction=CreateTopic&Name=twice-2");
            assertEquals(400, viaQuery.status());
        }
    }

    @Test
    void whenEveryConnectionIsBusyOneMoreGetsA503AtOnce() throws IOException {
        List<Socket> busy = new ArrayList<>();
        try {
            // A request line without its headers keeps a connection busy, until the header timeout.
            for (int i = 0; i < MAX_CONNECTIONS; i++) {
                Socket s = connect();
                s.getOutputStream().write("GET /_stratus/health HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                busy.add(s);
            }
            // Time for Stratus to read those request lines: until then they count as idle, and would make room.
            sleep(300);
            try (Socket s = connect()) {
                Answer a = read(s.getInputStream());
                assertEquals(503, a.status());
                assertTrue(a.body().contains("--max-connections"), a.body());
                assertTrue(closedWithin(s, 1_000));
            }
            for (Socket s : busy) {
                assertTrue(closedWithin(s, 4_000), "the header timeout (1 s) cuts a request whose headers never come");
            }
            try (Socket s = connect()) {
                assertEquals(200, send(s, HEALTH).status(), "room again once the slow ones are cut");
            }
        } finally {
            for (Socket s : busy) {
                s.close();
            }
        }
    }

    @Test
    void theIdleTimeoutClosesAnIdleConnection() throws IOException {
        try (Socket s = connect()) {
            assertEquals(200, send(s, HEALTH).status());
            long started = System.nanoTime();
            assertTrue(closedWithin(s, 4_000), "an idle timeout of 1 s");
            assertTrue(System.nanoTime() - started > 900_000_000L, "not before the idle timeout");
        }
    }

    @Test
    void aLongPollOutlastsTheIdleTimeoutAndKeepsItsConnection() throws IOException {
        try (Socket s = connect()) {
            Answer created = send(s, sqs("CreateQueue", "{\"QueueName\":\"long-poll\"}"));
            assertEquals(200, created.status(), created.body());
            String url = created.body().replaceAll(".*\"QueueUrl\":\"([^\"]+)\".*", "$1");
            long started = System.nanoTime();
            Answer polled = send(s, sqs("ReceiveMessage", "{\"QueueUrl\":\"" + url + "\",\"WaitTimeSeconds\":3}"));
            assertEquals(200, polled.status(), polled.body());
            assertTrue(System.nanoTime() - started > 2_900_000_000L, "waited its 3 s, three times the idle timeout");
            assertEquals(200, send(s, HEALTH).status(), "the same connection serves the next request");
        }
    }
}
