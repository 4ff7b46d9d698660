package dev.stratus.server;

import dev.stratus.store.SqliteStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What would stop a start, found before anything is opened, so that one message names every
 * obstacle and the options that get past it: the usual case is a second {@code ./stratus start}
 * beside a running one, where the port and the data directory are both taken.
 */
final class Preflight {
    private Preflight() {
    }

    /** Empty when Stratus can start with this configuration; else the message to print. */
    static Optional<String> obstacles(Config config) {
        List<String> taken = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        if (portTaken(config.host(), config.port())) {
            taken.add(config.host() + ":" + config.port() + " is already in use");
            fixes.add("--port N (STRATUS_PORT)");
        }
        if (!config.ephemeral() && config.storeUrl() == null) {
            OptionalLong holder = SqliteStore.holder(config.dataDir());
            if (holder.isPresent()) {
                taken.add("another Stratus" + (holder.getAsLong() > 0 ? " (pid " + holder.getAsLong() + ")" : "")
                        + " is using the data directory " + config.dataDir());
                fixes.add("--data DIR (STRATUS_DATA) or --ephemeral");
            }
        }
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", and ", taken) + ". Stop the other one, or start this one beside it with "
                + String.join(" and ", fixes) + ".");
    }

    private static boolean portTaken(String host, int port) {
        if (port == 0) {
            return false;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
            return false;
        } catch (java.net.BindException e) {
            // Other bind failures (an address not on this machine) are the server's own to report.
            return String.valueOf(e.getMessage()).contains("in use");
        } catch (IOException e) {
            return false;
        }
    }
}
