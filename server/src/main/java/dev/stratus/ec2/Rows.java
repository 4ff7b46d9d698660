package dev.stratus.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of the network's tables, where each resource is kept as its key columns (what queries
 * select on) and a document: the resource as EC2 describes it, without its tags (kept with every
 * resource's tags) and without what is counted when read (a subnet's free addresses).
 */
final class Rows {

    private Rows() {
    }

    /** The documents the query selects as its first column, read as {@code type}. */
    static <T> List<T> docs(Tx tx, Class<T> type, String sql, Object... params) throws SQLException {
        PreparedStatement ps = tx.sql(sql);
        Tx.bind(ps, params);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Json.parse(rs.getString(1), type));
            }
        }
        return out;
    }

    static <T> Optional<T> doc(Tx tx, Class<T> type, String sql, Object... params) throws SQLException {
        List<T> all = docs(tx, type, sql, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /** The first column of the first row as a number, or 0 when there is none. */
    static long number(Tx tx, String sql, Object... params) throws SQLException {
        PreparedStatement ps = tx.sql(sql);
        Tx.bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static boolean exists(Tx tx, String sql, Object... params) throws SQLException {
        PreparedStatement ps = tx.sql(sql);
        Tx.bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** {@code value} with one member changed (null leaves it out): records of EC2's shapes have no withers of their own. */
    @SuppressWarnings("unchecked")
    static <T> T with(T value, String member, Object changed) {
        ObjectNode tree = (ObjectNode) Json.tree(value);
        if (changed == null) {
            tree.remove(member);
        } else {
            tree.set(member, Json.tree(changed));
        }
        return (T) Json.read(tree, value.getClass());
    }

    /**
     * What a Describe operation lists when given ids: those of {@code all} it names, in
     * {@code all}'s order, or all when it names none; an id not among them is the kind's NotFound.
     */
    static <T> List<T> named(List<T> all, Function<T, String> id, List<String> ids, ResourceType type) {
        if (ids == null || ids.isEmpty()) {
            return all;
        }
        Set<String> known = all.stream().map(id).collect(Collectors.toSet());
        for (String i : ids) {
            if (!known.contains(i)) {
                throw type.notFound(i);
            }
        }
        Set<String> wanted = Set.copyOf(ids);
        return all.stream().filter(t -> wanted.contains(id.apply(t))).toList();
    }
}
