package dev.stratus.server;

import java.nio.file.Path;
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
        String accountId) {

    public static final String USAGE = """
            usage: stratus start [options]
              --port N          port to listen on (STRATUS_PORT, default 4566)
              --host ADDR       address to bind (STRATUS_HOST, default 127.0.0.1)
              --data DIR        where state is kept (STRATUS_DATA, default .stratus/data)
              --ephemeral       keep state in memory only (STRATUS_EPHEMERAL=true)
              --store URL       postgresql://… to share state between nodes (STRATUS_STORE)
              --fsync always    also survive power loss, not only a crash (STRATUS_FSYNC)
              --region NAME     region of unsigned requests (STRATUS_REGION, default us-east-1)
              --account ID      account id (STRATUS_ACCOUNT, default 000000000000)
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
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--ephemeral" -> ephemeral = true;
                case "--port", "--host", "--data", "--store", "--fsync", "--region", "--account" -> {
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
                        default -> account = v;
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
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
        if (ephemeral && store != null) {
            throw new IllegalArgumentException("--ephemeral and --store exclude each other: state is either in memory or in PostgreSQL");
        }
        if (!account.matches("\\d{12}")) {
            throw new IllegalArgumentException("--account must be 12 digits");
        }
        return new Config(host, p, Path.of(data), ephemeral, store, fsync.equals("always"), region, account);
    }
}
