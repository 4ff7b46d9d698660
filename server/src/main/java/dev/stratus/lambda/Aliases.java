package dev.stratus.lambda;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.lambda.api.AliasConfiguration;
import dev.stratus.lambda.api.AliasRoutingConfiguration;
import dev.stratus.lambda.api.CreateAliasRequest;
import dev.stratus.lambda.api.ListAliasesResponse;
import dev.stratus.lambda.api.UpdateAliasRequest;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;

/** Aliases: names that point at a version. Weighted routing to a second version is refused for now. */
final class Aliases {
    private final Store store;
    private final LambdaRepository repo;
    private final Invoker invoker;
    private final Policies policies;
    private final InvokeConfigs invokeConfigs;

    Aliases(Store store, LambdaRepository repo, Invoker invoker, Policies policies, InvokeConfigs invokeConfigs) {
        this.store = store;
        this.repo = repo;
        this.invoker = invoker;
        this.policies = policies;
        this.invokeConfigs = invokeConfigs;
    }

    AliasConfiguration create(FunctionKey key, CreateAliasRequest in) {
        checkRouting(in.routingConfig());
        AliasConfiguration a = store.write(tx -> {
            requireVersion(tx, key, in.functionVersion());
            if (repo.alias(tx, key, in.name()) != null) {
                throw new AwsException("ResourceConflictException", "Alias already exists: " + key.arn() + ":" + in.name());
            }
            AliasConfiguration created = new AliasConfiguration(key.arn() + ":" + in.name(), in.name(), in.functionVersion(),
                    in.description() == null ? "" : in.description(), in.routingConfig(), Ids.uuid());
            repo.putAlias(tx, key, created);
            invoker.changed(tx, key);
            return created;
        });
        return a;
    }

    AliasConfiguration get(FunctionKey key, String name) {
        return store.read(tx -> alias(tx, key, name));
    }

    AliasConfiguration update(FunctionKey key, UpdateAliasRequest in) {
        checkRouting(in.routingConfig());
        AliasConfiguration a = store.write(tx -> {
            AliasConfiguration current = alias(tx, key, in.name());
            if (in.revisionId() != null && !in.revisionId().equals(current.revisionId())) {
                throw new AwsException("PreconditionFailedException", "The Revision Id provided does not match the latest Revision Id. "
                        + "Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
            }
            if (in.functionVersion() != null) {
                requireVersion(tx, key, in.functionVersion());
            }
            AliasConfiguration updated = new AliasConfiguration(current.aliasArn(), current.name(),
                    in.functionVersion() != null ? in.functionVersion() : current.functionVersion(),
                    in.description() != null ? in.description() : current.description(),
                    in.routingConfig() != null ? in.routingConfig() : current.routingConfig(), Ids.uuid());
            repo.putAlias(tx, key, updated);
            invoker.changed(tx, key);
            return updated;
        });
        return a;
    }

    void delete(FunctionKey key, String name) {
        store.write(tx -> {
            latest(tx, key);
            repo.deleteAlias(tx, key, name);
            repo.deleteSetting(tx, key, "policy", name);
            invokeConfigs.delete(tx, key, name);
            invoker.changed(tx, key);
            policies.changed(tx);
            return null;
        });
    }

    ListAliasesResponse list(FunctionKey key, String functionVersion, String marker, Integer maxItems) {
        List<AliasConfiguration> all = store.read(tx -> {
            latest(tx, key);
            return repo.aliases(tx, key).stream().filter(a -> functionVersion == null || a.functionVersion().equals(functionVersion)).toList();
        });
        Paging.Page<AliasConfiguration> page = FunctionRules.page(all, marker, maxItems, 50, "ListAliases", key.arn(), functionVersion);
        return new ListAliasesResponse(page.nextToken(), page.items());
    }

    private AliasConfiguration alias(Tx tx, FunctionKey key, String name) throws SQLException {
        latest(tx, key);
        AliasConfiguration a = repo.alias(tx, key, name);
        if (a == null) {
            throw new AwsException("ResourceNotFoundException", "Cannot find alias arn: " + key.arn() + ":" + name);
        }
        return a;
    }

    private void latest(Tx tx, FunctionKey key) throws SQLException {
        if (repo.version(tx, key, LambdaService.LATEST) == null) {
            throw LambdaService.notFound(key.arn());
        }
    }

    private void requireVersion(Tx tx, FunctionKey key, String version) throws SQLException {
        latest(tx, key);
        if (repo.version(tx, key, version) == null) {
            throw LambdaService.notFound(key.arn() + ":" + version);
        }
    }

    private static void checkRouting(AliasRoutingConfiguration routing) {
        if (routing != null && routing.additionalVersionWeights() != null && !routing.additionalVersionWeights().isEmpty()) {
            throw FunctionRules.invalid("Stratus does not split an alias's traffic between versions yet: leave out AdditionalVersionWeights.");
        }
    }
}
