package dev.stratus.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Where a PostgreSQL store is: {@code postgresql://[user[:password]@]host[:port]/database[?params]}
 * (or {@code postgres://}, or a {@code jdbc:postgresql://} URL), checked whole before anything
 * connects, so a typo is named at start rather than as a driver's stack trace. The password goes
 * to the driver's properties and never into a message.
 */
public record PostgresUrl(String host, int port, String database, String jdbcUrl, Properties credentials) {
    private static final int DEFAULT_PORT = 5432;

    public static PostgresUrl parse(String url) {
        boolean jdbc = url.startsWith("jdbc:");
        URI uri;
        try {
            uri = new URI(jdbc ? url.substring("jdbc:".length()) : url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--store " + redacted(url) + " is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (!"postgresql".equals(scheme) && !(!jdbc && "postgres".equals(scheme))) {
            throw new IllegalArgumentException("--store takes a postgresql://user:password@host:5432/database URL, not " + redacted(url));
        }
        if (jdbc && (uri.getHost() == null || uri.getPath() == null)) {
            // The driver's own forms (several hosts, no host at all): it parses them; only their shape is ours to check.
            return new PostgresUrl(null, 0, null, url, new Properties());
        }
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            throw new IllegalArgumentException("--store " + redacted(url) + " has a host or port that is not valid");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("--store " + redacted(url) + " names no host: postgresql://user:password@host:5432/database");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty() || database.contains("/")) {
            throw new IllegalArgumentException("--store " + redacted(url) + " names no database: postgresql://user:password@host:5432/database");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        if (port == 0 || port > 65535) {
            throw new IllegalArgumentException("--store " + redacted(url) + " has port " + port + ", not one between 1 and 65535");
        }
        Properties credentials = new Properties();
        if (uri.getRawUserInfo() != null) {
            String[] user = uri.getRawUserInfo().split(":", 2);
            credentials.setProperty("user", percentDecoded(user[0]));
            if (user.length == 2) {
                credentials.setProperty("password", percentDecoded(user[1]));
            }
        }
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath()
                + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        return new PostgresUrl(uri.getHost(), port, database, jdbcUrl, credentials);
    }

    /** For messages: host, port and database, never the credentials. */
    public String where() {
        return host == null ? redacted(jdbcUrl) : host + ":" + port + " (database " + database + ")";
    }

    /** In a URL's user part '+' is itself, not a space as URLDecoder (made for forms) would have it. */
    private static String percentDecoded(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * The URL as given, with whatever precedes its last '@' (user and password, however they are
     * written) hidden, and query parameters dropped, as they may carry a password too.
     */
    private static String redacted(String url) {
        int scheme = url.indexOf("//");
        int at = url.lastIndexOf('@');
        String shown = scheme >= 0 && at > scheme ? url.substring(0, scheme + 2) + "***@" + url.substring(at + 1) : url;
        int query = shown.indexOf('?');
        return query < 0 ? shown : shown.substring(0, query) + "?…";
    }
}
