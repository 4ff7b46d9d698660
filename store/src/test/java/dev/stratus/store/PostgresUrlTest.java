package dev.stratus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void aFullUrlGivesTheDriverItsPartsAndKeepsThePasswordOutOfTheUrl() {
        PostgresUrl u = PostgresUrl.parse("postgresql://stratus:s%40cret@db.internal:6543/state?sslmode=disable");
        assertEquals("db.internal", u.host());
        assertEquals(6543, u.port());
        assertEquals("state", u.database());
        assertEquals("jdbc:postgresql://db.internal:6543/state?sslmode=disable", u.jdbcUrl());
        assertEquals("stratus", u.credentials().getProperty("user"));
        assertEquals("s@cret", u.credentials().getProperty("password"));
        assertEquals("db.internal:6543 (database state)", u.where());
    }

    @Test
    void thePortDefaultsToPostgresqlsAndJdbcUrlsAreAccepted() {
        assertEquals(5432, PostgresUrl.parse("postgres://h/db").port());
        PostgresUrl jdbc = PostgresUrl.parse("jdbc:postgresql://localhost:5433/postgres?user=postgres");
        assertEquals("jdbc:postgresql://localhost:5433/postgres?user=postgres", jdbc.jdbcUrl());
        assertEquals("postgres", jdbc.database());
    }

    @Test
    void eachMissingOrWrongPartIsNamedWithoutThePassword() {
        assertMessage("mysql://u:pw@h/db", "takes a postgresql://");
        assertMessage("postgresql:///db", "names no host");
        assertMessage("postgresql://u:pw@h", "names no database");
        assertMessage("postgresql://u:pw@h/", "names no database");
        assertMessage("postgresql://u:pw@h:0/db", "port 0");
        assertMessage("postgresql://u:pw@h:70000/db", "port 70000");
        assertMessage("postgresql://u:pw@h /db", "is not a URL");
        assertMessage("jdbc:mysql://h/db", "takes a postgresql://");
    }

    private static void assertMessage(String url, String expected) {
        String message = assertThrows(IllegalArgumentException.class, () -> PostgresUrl.parse(url)).getMessage();
        assertTrue(message.contains(expected), message);
        assertFalse(message.contains("pw"), message);
    }

    @Test
    void aPasswordWithSlashesAtSignsOrPlusSignsNeverShowsAndIsKeptAsWritten() {
        for (String url : new String[] {"postgresql://u:pa/ss@h/db", "postgresql://u:p@ss@h", "postgresql://u:pw@h:99999999999/db"}) {
            String message = assertThrows(IllegalArgumentException.class, () -> PostgresUrl.parse(url)).getMessage();
            assertFalse(message.contains("ss") || message.contains("pw"), message);
        }
        assertEquals("a+b", PostgresUrl.parse("postgresql://u:a+b@h/db").credentials().getProperty("password"));
    }

    @Test
    void theDriversOwnFormsPassAsTheyAre() {
        PostgresUrl several = PostgresUrl.parse("jdbc:postgresql://h1:5432,h2:5432/db?user=u&password=pw");
        assertEquals("jdbc:postgresql://h1:5432,h2:5432/db?user=u&password=pw", several.jdbcUrl());
        assertFalse(several.where().contains("pw"), several.where());
        assertEquals("jdbc:postgresql:db", PostgresUrl.parse("jdbc:postgresql:db").jdbcUrl());
    }
}
