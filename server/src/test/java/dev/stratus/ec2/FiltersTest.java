package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.ec2.api.Filter;
import dev.stratus.protocol.AwsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiltersTest {
    record Box(String state, List<String> groups, Map<String, String> tags) {
    }

    static final Filters<Box> FILTERS = Filters.<Box>of(Box::tags)
            .one("state", Box::state)
            .many("group-id", Box::groups)
            .build();
    static final Box WEB = new Box("running", List.of("sg-1", "sg-2"), Map.of("Name", "web-1", "Env", "prod"));
    static final Box DB = new Box("stopped", List.of("sg-3"), Map.of("Name", "db"));

    static boolean passes(Box b, Filter... f) {
        return FILTERS.parse(List.of(f)).test(b);
    }

    @Test
    void valuesOfOneFilterAreAlternativesAndFiltersMustAllMatch() {
        Filter state = new Filter("state", List.of("pending", "running"));
        assertTrue(passes(WEB, state));
        assertFalse(passes(DB, state));
        assertTrue(passes(WEB, state, new Filter("group-id", List.of("sg-2"))), "any of the resource's values matches");
        assertFalse(passes(WEB, state, new Filter("group-id", List.of("sg-3"))), "every filter must match");
        assertTrue(FILTERS.parse(null).test(DB), "no filters let everything through");
    }

    @Test
    void tagFiltersReadTheResourcesTags() {
        assertTrue(passes(WEB, new Filter("tag:Env", List.of("prod"))));
        assertFalse(passes(DB, new Filter("tag:Env", List.of("prod"))), "a resource without the key does not match");
        assertTrue(passes(DB, new Filter("tag-key", List.of("Name"))));
        assertTrue(passes(DB, new Filter("tag-value", List.of("db"))));
    }

    @Test
    void starAndQuestionMarkAreWildcardsUnlessEscaped() {
        assertTrue(passes(WEB, new Filter("tag:Name", List.of("web-*"))));
        assertTrue(passes(WEB, new Filter("tag:Name", List.of("web-?"))));
        assertFalse(passes(WEB, new Filter("tag:Name", List.of("web-??"))));
        assertTrue(Filters.pattern("a\\*b").matcher("a*b").matches());
        assertFalse(Filters.pattern("a\\*b").matcher("axb").matches());
        assertTrue(Filters.pattern("1.2.*").matcher("1.2.3.4").matches(), "a dot is itself");
        assertFalse(Filters.pattern("1.2.*").matcher("1x2.3").matches());
    }

    @Test
    void anUnknownFilterIsInvalidParameterValue() {
        AwsException e = assertThrows(AwsException.class, () -> FILTERS.parse(List.of(new Filter("colour", List.of("red")))));
        assertEquals("InvalidParameterValue", e.code());
        assertEquals("The filter 'colour' is invalid", e.getMessage());
    }
}
