package dev.stratus.iam;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.Tags;
import dev.stratus.platform.port.Identities;
import dev.stratus.store.Store;
import java.util.List;
import java.util.Optional;

/**
 * IAM's roles through the {@link Identities} port, so that STS can assume them before IAM's own
 * implementation of the port (users, policies) is merged; it replaces this class. Roles have no
 * policies here yet and there are no users.
 */
final class InterimIdentities implements Identities {
    private final Store store;
    private final String account;
    private final IamRepository repo = new IamRepository();

    InterimIdentities(Store store, String account) {
        this.store = store;
        this.account = account;
    }

    @Override
    public Optional<Identity> user(String name) {
        return Optional.empty();
    }

    @Override
    public Optional<Identity> role(String name) {
        return store.read(tx -> {
            IamRepository.StoredRole r = repo.role(tx, account, name);
            return r == null ? Optional.<Identity>empty() : Optional.of(new Identity(r.arn(), r.roleId(), List.of(), Optional.empty(),
                    Tags.list(tx, r.arn()), PolicyDocument.stored(r.trustPolicy()), r.maxSessionDuration()));
        });
    }
}
