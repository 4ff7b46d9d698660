package dev.stratus.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CloudWatch dashboards: a body of JSON kept as given, per account (dashboards are global, their
 * ARNs have no region). A body must be a JSON object with an array of widgets; CloudWatch checks
 * the widgets' insides for its console, which Stratus has not, so it takes them as they are.
 */
final class Dashboards {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE cw_dashboard (
              account TEXT NOT NULL,
              name TEXT NOT NULL,
              body TEXT NOT NULL,
              modified BIGINT NOT NULL,
              PRIMARY KEY (account, name));
            """);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

    record Dashboard(String name, String body, long modifiedMillis) {
        long size() {
            return body.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    static String arn(String account, String name) {
        return "arn:aws:cloudwatch::" + account + ":dashboard/" + name;
    }

    /** PutDashboard's checks of the name and body: AWS's error for the first that fails. */
    static void check(String name, String body) {
        if (name == null || name.isEmpty()) {
            throw invalidInput("The parameter DashboardName is required.");
        }
        if (!NAME.matcher(name).matches()) {
            throw invalidInput("The value for field DashboardName contains invalid characters. It can only contain alphanumerics, "
                    + "dash (-) and underscore (_).");
        }
        if (body == null || body.isEmpty()) {
            throw invalidInput("The parameter DashboardBody is required.");
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(body);
        } catch (Exception e) {
            tree = null;
        }
        if (tree == null || !tree.isObject()) {
            throw invalidInput("The field DashboardBody must be a valid JSON object");
        }
        if (!tree.has("widgets")) {
            throw bodyInvalid("", "Should have required property 'widgets'");
        }
        if (!tree.get("widgets").isArray()) {
            throw bodyInvalid("/widgets", "Should be array");
        }
    }

    private static AwsException bodyInvalid(String path, String message) {
        return invalidInput("The dashboard body is invalid, there are 1 validation errors:\n[\n  {\n    \"dataPath\": \"" + path
                + "\",\n    \"message\": \"" + message + "\"\n  }\n]");
    }

    private static AwsException invalidInput(String message) {
        return new AwsException("DashboardInvalidInputError", message);
    }

    static AwsException notFound(String message) {
        return new AwsException("DashboardNotFoundError", message);
    }

    void put(Tx tx, String account, String name, String body, long now) throws SQLException {
        if (tx.update("UPDATE cw_dashboard SET body = ?, modified = ? WHERE account = ? AND name = ?", body, now, account, name) == 0) {
            tx.update("INSERT INTO cw_dashboard (account, name, body, modified) VALUES (?, ?, ?, ?)", account, name, body, now);
        }
    }

    Dashboard get(Tx tx, String account, String name) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT name, body, modified FROM cw_dashboard WHERE account = ? AND name = ?");
        Tx.bind(ps, account, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Dashboard(rs.getString(1), rs.getString(2), rs.getLong(3)) : null;
        }
    }

    /** The account's dashboards whose names start with {@code prefix}, by name. */
    List<Dashboard> list(Tx tx, String account, String prefix) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT name, body, modified FROM cw_dashboard WHERE account = ? ORDER BY name");
        Tx.bind(ps, account);
        List<Dashboard> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (prefix == null || rs.getString(1).startsWith(prefix)) {
                    out.add(new Dashboard(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    void delete(Tx tx, String account, String name) throws SQLException {
        tx.update("DELETE FROM cw_dashboard WHERE account = ? AND name = ?", account, name);
    }
}
