package dev.stratus.server;

import dev.stratus.store.PostgresUrl;
import dev.stratus.ec2.Ec2Module;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How this Stratus runs. Each setting comes from its flag, else its STRATUS_* environment
 * variable, else the default.
 */
public record Config(
        String host,
        int port,
        Path dataDir,
        boolean ephemeral,
        String storeUrl,
        boolean fsyncAlways,
        String region,
        String accountId,
        int lambdaConcurrency,
        int lambdaRetryDelaySeconds,
        int maxConnections,
        int idleTimeoutSeconds,
        int headerTimeoutSeconds,
        List<String> corsOrigins,
        List<String> allowedHosts,
        Auth auth,
        Duration ec2TransitionDelay,
        String nodeId,
        Path s3Dir) {

    /**
     * How requests are checked: {@code DEFAULT} enforces IAM (the access key says who calls; the
     * root's may do everything), {@code STRICT} also verifies every signature, {@code OFF} lets
     * every caller do everything, as Stratus did before IAM (for comparing, and as a way back).
     */
    public enum Auth { OFF, DEFAULT, STRICT }

    public boolean strictAuth() {
        return auth == Auth.STRICT;
    }

    /**
     * The data directory is made absolute here, once, against the directory Stratus started in:
     * everything derived from it is handed to processes that run elsewhere (a function's runtime
     * runs in its task directory), where a relative path would name nothing.
     */
    public Config {
        dataDir = dataDir.toAbsolutePath().normalize();
        nodeId = nodeId == null ? defaultNodeId(storeUrl, port) : checkNodeId(nodeId);
        s3Dir = s3Dir == null ? null : s3Dir.toAbsolutePath().normalize();
        corsOrigins = List.copyOf(corsOrigins);
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** AWS's default concurrent executions per account and region. */
    public static final int DEFAULT_LAMBDA_CONCURRENCY = 1000;
    /** AWS waits a minute before retrying a failed asynchronous event, then two. */
    public static final int DEFAULT_LAMBDA_RETRY_DELAY = 60;

    /**
     * Open connections at most: far beyond what SDKs and load tests open (hundreds), and well under
     * common file-descriptor limits, which Stratus lowers it to when it would not fit (docs/security.md).
     */
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    /**
     * A connection idle this long between requests is closed: longer than the SDKs keep an idle
     * connection themselves (60 s in the Java SDK), as nginx's 75 s keepalive_timeout, so a
     * client never reuses one Stratus is closing. Requests being served are never idle.
     */
    public static final int DEFAULT_IDLE_TIMEOUT = 75;
    /** A request line must be followed by all its headers within this time (slow clients cannot hold sockets). */
    public static final int DEFAULT_HEADER_TIMEOUT = 20;

    /** The defaults, for embedding Stratus (tests) with a given place for state. */
    public static Config embedded(Path dataDir, String storeUrl) {
        return new Config("127.0.0.1", 0, dataDir, false, storeUrl, false, "us-east-1", "000000000000", DEFAULT_LAMBDA_CONCURRENCY,
                DEFAULT_LAMBDA_RETRY_DELAY, DEFAULT_MAX_CONNECTIONS, DEFAULT_IDLE_TIMEOUT, DEFAULT_HEADER_TIMEOUT, List.of(), List.of(), Auth.DEFAULT,
                Ec2Module.DEFAULT_TRANSITION_DELAY, null, null);
    }

    /** A node's name: what its claims on shared work carry, so that it must be its own among the nodes sharing a store. */
    private static final java.util.regex.Pattern NODE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,62}");

    private static String checkNodeId(String id) {
        if (!NODE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("--node-id (STRATUS_NODE_ID) must be 1 to 63 letters, digits, dots, dashes, underscores or colons, "
                    + "beginning with a letter or digit, not " + (id.isEmpty() ? "an empty name" : id));
        }
        return id;
    }

    /**
     * The name of a node not given one. On a store of its own (SQLite), {@code local}: it is the one node.
     * On PostgreSQL, this machine's name and the port: the same after a restart, so that the restarted
     * node takes back the work it had claimed, and different for each node on one machine, as
     * their ports are. With port 0 (chosen when bound) the process id and a count stand in for the port,
     * for nodes embedded side by side in one process (tests).
     */
    private static final java.util.concurrent.atomic.AtomicInteger EMBEDDED_NODES = new java.util.concurrent.atomic.AtomicInteger();

    static String defaultNodeId(String storeUrl, int port) {
        if (storeUrl == null) {
            return dev.stratus.time.Nodes.LOCAL;
        }
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
        }
        String suffix = port != 0 ? Integer.toString(port) : "pid" + ProcessHandle.current().pid() + "-" + EMBEDDED_NODES.incrementAndGet();
        String name = host.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        name = name.substring(0, Math.min(name.length(), 62 - suffix.length()));
        return (name.isEmpty() ? "node" : name) + "-" + suffix;
    }

    public static final String USAGE = """
            usage: stratus start [options]
              --port N          port to listen on (STRATUS_PORT, default 4566)
              --host ADDR       address to bind (STRATUS_HOST, default 127.0.0.1)
              --data DIR        where state is kept (STRATUS_DATA, default .stratus/data)
              --ephemeral       keep state in memory only (STRATUS_EPHEMERAL=true)
              --store URL       postgresql://… to share state between nodes (STRATUS_STORE)
              --node-id NAME    this node's name among the nodes sharing a --store, its own
                                (STRATUS_NODE_ID; letters, digits, . _ - :, up to 63; default
                                this machine's name and the port, e.g. build-7-4566)
              --s3-dir DIR      where S3 keeps object bytes; nodes sharing a --store must all
                                mount the same one (STRATUS_S3_DIR, default DATA/s3)
              --fsync always    also survive power loss, not only a crash (STRATUS_FSYNC)
              --region NAME     region of unsigned requests (STRATUS_REGION, default us-east-1)
              --account ID      account id (STRATUS_ACCOUNT, default 000000000000)
              --lambda-concurrency N
                                concurrent Lambda executions of the account (STRATUS_LAMBDA_CONCURRENCY, default 1000)
              --lambda-retry-delay SECONDS
                                wait before retrying a failed async event; the second retry waits
                                twice as long (STRATUS_LAMBDA_RETRY_DELAY, default 60 as AWS)
              --max-connections N
                                open connections at most; more are answered 503 and closed
                                (STRATUS_MAX_CONNECTIONS, default 10000, lowered to half the
                                process's file-descriptor limit when that is smaller)
              --idle-timeout SECONDS
                                close a connection idle this long between requests
                                (STRATUS_IDLE_TIMEOUT, default 75)
              --header-timeout SECONDS
                                close a connection whose request headers take longer to arrive
                                (STRATUS_HEADER_TIMEOUT, default 20)
              --cors-origins LIST
                                web origins whose pages may call Stratus, comma-separated, or *
                                (STRATUS_CORS_ORIGINS; by default none but Stratus's own)
              --allowed-hosts LIST
                                names besides localhost, *.localhost, this machine's name and IP
                                addresses that requests may give as Host, comma-separated, or *
                                (STRATUS_ALLOWED_HOSTS)
              --auth MODE       default: a request's access key says who calls (IAM users' and
                                sessions' keys; any other key is the account root) and IAM policies
                                decide what it may do; signatures are not checked; strict: also
                                every request's SigV4 signature, session token and date are
                                verified, and the root's key pair is test/test; off: every caller
                                may do everything, nothing is checked (STRATUS_AUTH)
              --ec2-transition-delay SECONDS
                                how long an EC2 instance stays pending, stopping or shutting-down,
                                and its status checks initializing; decimals allowed
                                (STRATUS_EC2_TRANSITION_DELAY, default 5)
            """;

    public static Config parse(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("STRATUS_HOST", "127.0.0.1");
        String port = env.getOrDefault("STRATUS_PORT", "4566");
        String data = env.getOrDefault("STRATUS_DATA", ".stratus/data");
        boolean ephemeral = Set.of("true", "1", "yes").contains(env.getOrDefault("STRATUS_EPHEMERAL", "false").toLowerCase());
        String store = env.get("STRATUS_STORE");
        String fsync = env.getOrDefault("STRATUS_FSYNC", "never");
        String region = env.getOrDefault("STRATUS_REGION", "us-east-1");
        String account = env.getOrDefault("STRATUS_ACCOUNT", "000000000000");
        String lambdaConcurrency = env.getOrDefault("STRATUS_LAMBDA_CONCURRENCY", Integer.toString(DEFAULT_LAMBDA_CONCURRENCY));
        String retryDelay = env.getOrDefault("STRATUS_LAMBDA_RETRY_DELAY", Integer.toString(DEFAULT_LAMBDA_RETRY_DELAY));
        String maxConnections = env.getOrDefault("STRATUS_MAX_CONNECTIONS", Integer.toString(DEFAULT_MAX_CONNECTIONS));
        String idleTimeout = env.getOrDefault("STRATUS_IDLE_TIMEOUT", Integer.toString(DEFAULT_IDLE_TIMEOUT));
        String headerTimeout = env.getOrDefault("STRATUS_HEADER_TIMEOUT", Integer.toString(DEFAULT_HEADER_TIMEOUT));
        String corsOrigins = env.getOrDefault("STRATUS_CORS_ORIGINS", "");
        String allowedHosts = env.getOrDefault("STRATUS_ALLOWED_HOSTS", "");
        String auth = env.getOrDefault("STRATUS_AUTH", "default");
        String nodeId = env.get("STRATUS_NODE_ID");
        String s3Dir = env.get("STRATUS_S3_DIR");
        String ec2Delay = env.getOrDefault("STRATUS_EC2_TRANSITION_DELAY", Double.toString(Ec2Module.DEFAULT_TRANSITION_DELAY.toMillis() / 1000.0));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--ephemeral")) {
                ephemeral = true;
            } else if (!VALUED_OPTIONS.contains(a)) {
                throw new IllegalArgumentException("unknown option " + a + closest(a));
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--port" -> port = v;
                    case "--host" -> host = v;
                    case "--data" -> data = v;
                    case "--store" -> store = v;
                    case "--fsync" -> fsync = v;
                    case "--region" -> region = v;
                    case "--lambda-concurrency" -> lambdaConcurrency = v;
                    case "--lambda-retry-delay" -> retryDelay = v;
                    case "--max-connections" -> maxConnections = v;
                    case "--idle-timeout" -> idleTimeout = v;
                    case "--header-timeout" -> headerTimeout = v;
                    case "--cors-origins" -> corsOrigins = v;
                    case "--allowed-hosts" -> allowedHosts = v;
                    case "--account" -> account = v;
                    case "--auth" -> auth = v;
                    case "--ec2-transition-delay" -> ec2Delay = v;
                    case "--node-id" -> nodeId = v;
                    case "--s3-dir" -> s3Dir = v;
                    default -> throw new IllegalStateException("an option in VALUED_OPTIONS without a case: " + a);
                }
            }
        }
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port (STRATUS_PORT) must be a number, not " + port);
        }
        if (p < 0 || p > 65535) {
            throw new IllegalArgumentException("--port (STRATUS_PORT) must be between 0 and 65535");
        }
        if (!fsync.equals("always") && !fsync.equals("never")) {
            throw new IllegalArgumentException("--fsync is always or never, not " + fsync);
        }
        if (data.isBlank()) {
            throw new IllegalArgumentException("--data (STRATUS_DATA) must name a directory");
        }
        if (store != null) {
            PostgresUrl.parse(store);
        }
        if (ephemeral && store != null) {
            throw new IllegalArgumentException("--ephemeral and --store exclude each other: state is either in memory or in PostgreSQL");
        }
        if (s3Dir != null && s3Dir.isBlank()) {
            throw new IllegalArgumentException("--s3-dir (STRATUS_S3_DIR) must name a directory");
        }
        if (ephemeral && s3Dir != null) {
            throw new IllegalArgumentException("--ephemeral and --s3-dir exclude each other: with --ephemeral, object bytes are kept in a"
                    + " temporary folder and go when Stratus stops");
        }
        if (!account.matches("\\d{12}")) {
            throw new IllegalArgumentException("--account must be 12 digits");
        }
        if (!auth.equals("default") && !auth.equals("strict") && !auth.equals("off")) {
            throw new IllegalArgumentException("--auth (STRATUS_AUTH) is default, strict or off, not " + auth);
        }
        int concurrency = number("--lambda-concurrency (STRATUS_LAMBDA_CONCURRENCY)", lambdaConcurrency, 1);
        int delay = number("--lambda-retry-delay (STRATUS_LAMBDA_RETRY_DELAY)", retryDelay, 0);
        return new Config(host, p, Path.of(data), ephemeral, store, fsync.equals("always"), region, account, concurrency, delay,
                number("--max-connections (STRATUS_MAX_CONNECTIONS)", maxConnections, 1),
                number("--idle-timeout (STRATUS_IDLE_TIMEOUT)", idleTimeout, 1),
                number("--header-timeout (STRATUS_HEADER_TIMEOUT)", headerTimeout, 1), origins(corsOrigins), list(allowedHosts).stream().map(WebGuard::hostName).toList(),
                Auth.valueOf(auth.toUpperCase(java.util.Locale.ROOT)), seconds("--ec2-transition-delay (STRATUS_EC2_TRANSITION_DELAY)", ec2Delay),
                nodeId,
                s3Dir == null ? null : Path.of(s3Dir));
    }

    /** The options that take a value; --ephemeral is the one that does not. */
    private static final List<String> VALUED_OPTIONS = List.of("--port", "--host", "--data", "--store", "--fsync",
            "--region", "--account", "--lambda-concurrency", "--lambda-retry-delay", "--max-connections", "--idle-timeout", "--header-timeout",
            "--cors-origins", "--allowed-hosts", "--auth", "--ec2-transition-delay", "--node-id", "--s3-dir");

    /** "; did you mean --port?" for a near miss (two edits at most), else nothing. */
    private static String closest(String given) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("--ephemeral"), VALUED_OPTIONS.stream()).filter(o -> distance(o, given) <= 2).findFirst().map(o -> "; did you mean " + o + "?").orElse("");
    }

    /** Levenshtein distance, for option names of a few characters. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** A comma-separated option, its blanks dropped and names lower-cased (hosts and origins are case-insensitive). */
    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Origins as browsers send them: scheme://host[:port], no path; * for any. */
    private static List<String> origins(String value) {
        List<String> origins = list(value);
        for (String o : origins) {
            if (!o.equals("*") && !o.matches("[a-z][a-z0-9+.-]*://[^/?#\\s]+")) {
                throw new IllegalArgumentException("--cors-origins (STRATUS_CORS_ORIGINS) takes origins such as http://localhost:3000, not " + o);
            }
        }
        return origins;
    }

    /** A duration given in seconds, decimals allowed (0.2 for 200 ms), at most a day. */
    private static Duration seconds(String option, String value) {
        try {
            double s = Double.parseDouble(value);
            if (s >= 0 && s <= 86_400) {
                return Duration.ofMillis(Math.round(s * 1000));
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below.
        }
        throw new IllegalArgumentException(option + " must be a number of seconds between 0 and 86400, not " + value);
    }

    private static int number(String option, String value, int min) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below.
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least " + min + ", not " + value);
    }
}
