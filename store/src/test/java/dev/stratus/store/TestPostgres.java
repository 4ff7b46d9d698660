package dev.stratus.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PostgreSQL for tests: the server named by STRATUS_TEST_PG_URL (a jdbc:postgresql: URL of a
 * database whose user may create databases), else an embedded one started once per JVM. Each
 * call to {@link #freshDatabase()} creates an empty database and returns its URL.
 */
public final class TestPostgres {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String adminUrl;

    private TestPostgres() {
    }

    public static synchronized String freshDatabase() {
        String admin = adminUrl();
        String name = "stratus_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin)) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin, e);
        }
        int slash = admin.lastIndexOf('/');
        int query = admin.indexOf('?', slash);
        return admin.substring(0, slash + 1) + name + (query < 0 ? "" : admin.substring(query));
    }

    private static String adminUrl() {
        if (adminUrl == null) {
            String configured = System.getenv("STRATUS_TEST_PG_URL");
            if (configured != null && !configured.isBlank()) {
                adminUrl = configured;
            } else {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            pg.close();
                        } catch (IOException ignored) {
                            // the JVM is going away
                        }
                    }));
                    adminUrl = pg.getJdbcUrl("postgres", "postgres");
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
                }
            }
        }
        return adminUrl;
    }
}
