package dev.stratus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

class SqliteStoreTest extends StoreContract {
    private Path dir;

    @Override
    protected Store open() {
        try {
            dir = Files.createTempDirectory("sqlite-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reopen();
    }

    @Override
    protected Store reopen() {
        return SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH);
    }
}
