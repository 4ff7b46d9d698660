package dev.stratus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What both engines share: reads and writes are transactions, and migrations are numbered
 * scripts recorded per component in {@code stratus_schema}. Scripts are written once for both
 * engines: {@code ${ID}} stands for an auto-increasing 64-bit primary key, {@code ${BLOB}} for
 * a column of bytes, {@code ${JSON_EACH(expr)}} for a table of the {@code key} and {@code value}
 * (as text) of each member of a JSON object held as text, and integers that hold epoch
 * milliseconds are declared BIGINT.
 */
abstract class JdbcStore implements Store {
    private static final Pattern JSON_EACH = Pattern.compile("\\$\\{JSON_EACH\\(([^)]*)\\)}");

    /** Runs {@code work} in one transaction and commits it; the engine decides how. */
    protected abstract <T> T inTransaction(Work<T> work);

    protected abstract String idColumn();

    protected abstract String blobColumn();

    /** A table-valued expression of the members of the JSON object {@code expr}: columns key and value, as text. */
    protected abstract String jsonEach(String expr);

    @Override
    public <T> T write(Work<T> work) {
        return inTransaction(work);
    }

    @Override
    public <T> T read(Work<T> work) {
        return inTransaction(work);
    }

    @Override
    public <T> T claim(Work<T> work) {
        return write(work);
    }

    @Override
    public String skipLocked() {
        return "";
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public void migrate(String component, List<String> scripts) {
        write(tx -> {
            tx.execute("CREATE TABLE IF NOT EXISTS stratus_schema (component TEXT PRIMARY KEY, version BIGINT NOT NULL)");
            int applied = 0;
            PreparedStatement q = tx.sql("SELECT version FROM stratus_schema WHERE component = ?");
            q.setString(1, component);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    applied = rs.getInt(1);
                }
            }
            for (int i = applied; i < scripts.size(); i++) {
                for (String statement : dialect(scripts.get(i)).split(";\\s*\n")) {
                    if (!statement.isBlank()) {
                        tx.execute(statement);
                    }
                }
            }
            if (scripts.size() > applied) {
                tx.update("INSERT INTO stratus_schema (component, version) VALUES (?, ?) "
                        + "ON CONFLICT (component) DO UPDATE SET version = excluded.version", component, scripts.size());
            }
            return null;
        });
    }

    /**
     * Runs work opened inside a transaction (a read to check something, say) in that transaction, in
     * a savepoint of its own, so that it sees what the transaction did so far and its failure undoes
     * only itself: with its writes go the actions it registered to run after the commit, and those
     * it registered for a rollback run (see {@link Tx#nestedRolledBack}). Nested work that succeeds
     * leaves its actions to the transaction, to run once as it ends.
     */
    protected static <T> T nested(Tx tx, Work<T> work) {
        Tx.Mark mark = tx.mark();
        try {
            tx.execute("SAVEPOINT nested");
            try {
                T result = work.run(tx);
                tx.execute("RELEASE SAVEPOINT nested");
                return result;
            } catch (RuntimeException | SQLException e) {
                tx.execute("ROLLBACK TO SAVEPOINT nested");
                tx.execute("RELEASE SAVEPOINT nested");
                tx.nestedRolledBack(mark);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        }
    }

    /** A script written for both engines, in this engine's words. */
    private String dialect(String script) {
        String s = script.replace("${ID}", idColumn()).replace("${BLOB}", blobColumn());
        return JSON_EACH.matcher(s).replaceAll(m -> Matcher.quoteReplacement(jsonEach(m.group(1))));
    }
}
