package dev.stratus.server;

import dev.stratus.time.Clock;
import io.helidon.logging.common.LogConfig;
import java.util.Arrays;

/** {@code stratus start [options]} and {@code stratus version}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LogConfig.configureRuntime(); // java.util.logging from logging.properties on the classpath
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "version" -> System.out.println("stratus " + StratusServer.VERSION);
            case "start" -> start(Arrays.copyOfRange(args, 1, args.length), started);
            default -> {
                boolean help = "help".equals(command) || "--help".equals(command) || "-h".equals(command);
                (help ? System.out : System.err).println((help ? "" : "stratus: unknown command " + command + "\n\n")
                        + "usage: stratus start [options] | stratus version\n\n" + Config.USAGE);
                System.exit(help ? 0 : 2);
            }
        }
    }

    private static void start(String[] args, long started) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.println(Config.USAGE);
            return;
        }
        Config config;
        try {
            config = Config.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("stratus: " + e.getMessage() + "\n\n" + Config.USAGE);
            System.exit(2);
            return;
        }
        StratusServer server;
        try {
            server = new StratusServer(config, Clock.SYSTEM).start();
        } catch (java.net.BindException e) {
            System.err.println("stratus: " + e.getMessage());
            System.exit(1);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("stratus: " + e.getMessage());
            System.exit(2);
            return;
        } catch (dev.stratus.store.StoreException e) {
            System.err.println("stratus: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("Stratus stopped.");
        }, "stratus-shutdown"));
        // Ctrl-C and SIGTERM are how Stratus is meant to stop: exit 0 (through the hook above), not 130 / 143.
        for (String signal : new String[] {"INT", "TERM"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> System.exit(0));
        }
        String where = config.storeUrl() != null ? "PostgreSQL"
                : config.ephemeral() ? "in memory" : config.dataDir().toAbsolutePath().normalize().toString();
        System.out.printf("Stratus %s ready on %s (state: %s) in %d ms%n", StratusServer.VERSION, server.endpoint(), where,
                (System.nanoTime() - started) / 1_000_000);
        Thread.currentThread().join();
    }
}
