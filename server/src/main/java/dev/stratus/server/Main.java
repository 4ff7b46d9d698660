package dev.stratus.server;

import dev.stratus.runtime.Zips;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.StoreException;
import dev.stratus.time.Clock;
import io.helidon.logging.common.LogConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/** {@code stratus start [options]}, {@code stratus reset [--data DIR]} and {@code stratus version}. */
public final class Main {
    private static final String HINT = " (./stratus start --help lists the options)";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LogConfig.configureRuntime(); // java.util.logging from logging.properties on the classpath
        String command = args.length == 0 ? "help" : args[0];
        String[] options = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "version" -> System.out.println("stratus " + StratusServer.VERSION);
            case "start" -> start(options, started);
            case "reset" -> reset(options);
            case "help", "--help", "-h" -> System.out.println("usage: stratus start [options] | stratus reset [--data DIR] | stratus version\n\n"
                    + Config.USAGE);
            default -> throw fail(2, "unknown command " + command + " (the commands are start, reset and version)");
        }
    }

    private static void start(String[] args, long started) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(Config.USAGE);
            return;
        }
        Config config = config(args);
        Preflight.obstacles(config).ifPresent(message -> {
            throw fail(1, message);
        });
        StratusServer server;
        try {
            server = new StratusServer(config, Clock.SYSTEM).start();
        } catch (java.net.BindException e) {
            throw fail(1, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw fail(2, e.getMessage());
        } catch (StoreException e) {
            throw fail(1, e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("Stratus stopped.");
        }, "stratus-shutdown"));
        // Ctrl-C and SIGTERM are how Stratus is meant to stop: exit 0 (through the hook above), not 130 / 143.
        for (String signal : new String[] {"INT", "TERM"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> System.exit(0));
        }
        String where = config.storeUrl() != null ? "PostgreSQL" : config.ephemeral() ? "in memory" : config.dataDir().toString();
        System.out.printf("Stratus %s ready on %s (state: %s) in %d ms%n", StratusServer.VERSION, server.endpoint(), where,
                (System.nanoTime() - started) / 1_000_000);
        Thread.currentThread().join();
    }

    /**
     * Deletes the state kept in the data directory (the database, Lambda's files, S3's bytes), so the next
     * start is a fresh one; refused while a Stratus is using it. Only Stratus's own files go: the
     * directory may have been given as one that holds other things.
     */
    private static void reset(String[] args) throws IOException {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println("usage: stratus reset [--data DIR]   (STRATUS_DATA, default .stratus/data)");
            return;
        }
        Config config = config(args);
        if (config.storeUrl() != null) {
            throw fail(2, "reset empties a data directory; state in PostgreSQL stays until you drop its database");
        }
        if (config.ephemeral()) {
            System.out.println("Nothing to reset: with --ephemeral every start is fresh.");
            return;
        }
        Path dir = config.dataDir();
        OptionalLong holder = SqliteStore.holder(dir);
        if (holder.isPresent()) {
            throw fail(1, "a Stratus" + (holder.getAsLong() > 0 ? " (pid " + holder.getAsLong() + ")" : "") + " is using " + dir
                    + "; stop it first (Ctrl-C in its terminal)");
        }
        // Nothing is touched in a directory Stratus has not used: its lambda/ folder could be the user's own.
        if (!Files.exists(dir.resolve("stratus.db")) && !Files.exists(dir.resolve(SqliteStore.LOCK_FILE))) {
            System.out.println("No Stratus state in " + dir + "; nothing to reset.");
            return;
        }
        SqliteStore.erase(dir);
        Zips.deleteTree(dir.resolve("lambda"));
        // S3's object bytes, when kept beside the state (not in a --s3-dir, which may be another store's too).
        Zips.deleteTree(dir.resolve("s3"));
        try (var left = Files.list(dir)) {
            if (left.findAny().isEmpty()) {
                Files.delete(dir);
            }
        }
        System.out.println("Stratus state in " + dir + " deleted; the next start is a fresh one.");
    }

    private static Config config(String[] args) {
        try {
            return Config.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            throw fail(2, e.getMessage() + HINT);
        }
    }

    /**
     * One line on stderr, the way every first error is reported, and the exit status. It does not
     * return; its type lets callers write {@code throw fail(…)} so the compiler knows that too.
     */
    private static RuntimeException fail(int status, String message) {
        System.err.println("stratus: " + message);
        System.exit(status);
        return new IllegalStateException("unreachable: the process has exited");
    }
}
