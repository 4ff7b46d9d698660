package dev.stratus.ec2;

import dev.stratus.platform.Tags;
import dev.stratus.store.Store;

/** A store with the platform's tag table made, as the EC2 module makes it before any of its parts. */
final class TaggedStores {
    private TaggedStores() {
    }

    static <S extends Store> S tagged(S store) {
        Tags.migrate(store);
        return store;
    }
}
