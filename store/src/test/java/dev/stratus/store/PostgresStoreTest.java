package dev.stratus.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PostgresStoreTest extends StoreContract {
    private String url;

    @Override
    protected Store open() {
        url = TestPostgres.freshDatabase();
        return reopen();
    }

    @Override
    protected Store reopen() {
        return PostgresStore.open(url);
    }

    @Test
    void urlsThatAreNotPostgresqlAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PostgresStore.open("mysql://h/db"));
        assertThrows(IllegalArgumentException.class, () -> PostgresStore.open("postgresql:///nohost"));
    }
}
