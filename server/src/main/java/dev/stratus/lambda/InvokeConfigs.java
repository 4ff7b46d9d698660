package dev.stratus.lambda;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.lambda.api.FunctionEventInvokeConfig;
import dev.stratus.platform.NodeCache;
import dev.stratus.protocol.Json;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The asynchronous invocation settings of functions, versions and aliases (PutFunctionEventInvokeConfig):
 * read for every event attempted and written rarely, so kept on each node in step with every node's
 * writes. Stored as settings of kind {@value #KIND}, per qualifier ({@code $LATEST} for the
 * unqualified function).
 */
final class InvokeConfigs {
    private static final String KIND = "invoke-config";
    /** By qualified ARN; events name only functions that exist, but aliases and versions come and go. */
    private static final int KEPT = 10_000;

    private final Store store;
    private final LambdaRepository repo;
    private final NodeCache<Optional<FunctionEventInvokeConfig>> cache;

    InvokeConfigs(Store store, LambdaRepository repo) {
        this.store = store;
        this.repo = repo;
        this.cache = new NodeCache<>(store, "lambda.invoke-configs", KEPT);
    }

    /** The settings of {@code qualifier} of the function, if it has any. */
    Optional<FunctionEventInvokeConfig> of(FunctionKey f, String qualifier) {
        return cache.get(f.arn() + ":" + qualifier, () -> Optional.ofNullable(store.read(tx -> stored(tx, f, qualifier))));
    }

    /** As {@link #of}, read in {@code tx} (which may be about to change them). */
    FunctionEventInvokeConfig stored(Tx tx, FunctionKey f, String qualifier) throws SQLException {
        String doc = repo.setting(tx, f, KIND, qualifier);
        return doc == null ? null : Json.parse(doc, FunctionEventInvokeConfig.class);
    }

    /** Every qualifier's settings of the function. */
    java.util.List<FunctionEventInvokeConfig> all(Tx tx, FunctionKey f) throws SQLException {
        return repo.settings(tx, f, KIND).values().stream().map(d -> Json.parse(d, FunctionEventInvokeConfig.class)).toList();
    }

    void put(Tx tx, FunctionKey f, String qualifier, FunctionEventInvokeConfig c) throws SQLException {
        repo.putSetting(tx, f, KIND, qualifier, Json.string(c));
        cache.changed(tx, f.arn() + ":" + qualifier);
    }

    void delete(Tx tx, FunctionKey f, String qualifier) throws SQLException {
        repo.deleteSetting(tx, f, KIND, qualifier);
        cache.changed(tx, f.arn() + ":" + qualifier);
    }

    /** A function or version deleted in {@code tx} took its settings with it: every node reads them afresh once it ends. */
    void changed(Tx tx) throws SQLException {
        cache.changedAll(tx);
    }
}
