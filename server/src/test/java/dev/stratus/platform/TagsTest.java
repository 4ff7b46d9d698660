package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.protocol.AwsException;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TagsTest {
    private static final String ARN = "arn:aws:sqs:us-east-1:000000000000:q";
    private static final TagRules RULES = new TagRules(r -> new AwsException("Invalid", r.rule() + " " + r.key()),
            () -> new AwsException("TooMany", "too many"), null);
    private static final TagRules CHECKED = new TagRules(RULES.invalid(), RULES.tooMany(), TagRules.COMMON_CHARACTERS);

    private final Store store = SqliteStore.inMemory();

    TagsTest() {
        Tags.migrate(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void putAddsAndReplacesRemoveTakesOutAndListIsByKey() {
        put(ARN, Map.of("team", "a", "env", "dev"));
        put(ARN, Map.of("env", "prod"));
        put("arn:aws:sqs:us-east-1:000000000000:other", Map.of("x", "y"));
        assertEquals(List.of("env=prod", "team=a"), pairs(ARN));
        store.write(tx -> {
            Tags.remove(tx, ARN, List.of("team", "not-there"));
            return null;
        });
        assertEquals(List.of("env=prod"), pairs(ARN));
        store.write(tx -> {
            Tags.deleteAll(tx, ARN);
            return null;
        });
        assertEquals(List.of(), pairs(ARN));
        assertEquals(List.of("x=y"), pairs("arn:aws:sqs:us-east-1:000000000000:other"), "other resources keep theirs");
    }

    @Test
    void awsOwnTagsAreWrittenBesideTheUsersAndOnlyWithAwsKeys() {
        put(ARN, Map.of("team", "a"));
        store.write(tx -> {
            Tags.putOwn(tx, ARN, Map.of("aws:ec2launchtemplate:id", "lt-1"));
            return null;
        });
        assertEquals(Map.of("aws:ec2launchtemplate:id", "lt-1", "team", "a"), store.read(tx -> Tags.list(tx, ARN)));
        assertThrows(IllegalArgumentException.class, () -> store.write(tx -> {
            Tags.putOwn(tx, ARN, Map.of("team", "b"));
            return null;
        }));
    }

    @Test
    void aNullValueIsEmptyAndNothingGivenChangesNothing() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("empty", null);
        put(ARN, withNull);
        put(ARN, null);
        put(ARN, Map.of());
        assertEquals(List.of("empty="), pairs(ARN));
    }

    @Test
    void fiftyTagsFitAndTheFiftyFirstIsRefusedWhetherNewOrAdded() {
        assertEquals("TooMany", refused(() -> put(ARN, numbered(51))).code());
        put(ARN, numbered(50));
        assertEquals("TooMany", refused(() -> put(ARN, Map.of("one-more", "v"))).code());
        put(ARN, Map.of("k0", "replaced"));
        assertEquals(50, pairs(ARN).size(), "replacing a value does not add a tag");
        assertTrue(pairs(ARN).contains("k0=replaced"));
    }

    @Test
    void aRefusedPutChangesNothing() {
        put(ARN, Map.of("keep", "v"));
        Map<String, String> mixed = new LinkedHashMap<>();
        mixed.put("fine", "v");
        mixed.put("aws:bad", "v");
        refused(() -> put(ARN, mixed));
        assertEquals(List.of("keep=v"), pairs(ARN));
    }

    @Test
    void keysAndValuesBreakingTheRulesAreRefusedWithTheServicesError() {
        assertEquals("RESERVED_KEY aws:owner", refused(() -> put(ARN, Map.of("aws:owner", "v"))).getMessage());
        assertEquals("RESERVED_KEY AWS:Owner", refused(() -> put(ARN, Map.of("AWS:Owner", "v"))).getMessage(), "in any case");
        assertEquals("KEY_LENGTH ", refused(() -> put(ARN, Map.of("", "v"))).getMessage());
        assertEquals("KEY_LENGTH " + "k".repeat(129), refused(() -> put(ARN, Map.of("k".repeat(129), "v"))).getMessage());
        assertEquals("VALUE_LENGTH k", refused(() -> put(ARN, Map.of("k", "v".repeat(257)))).getMessage());
        // Lengths are in Unicode characters: 128 emoji are 256 UTF-16 units and still fit.
        put(ARN, Map.of("\uD83D\uDE00".repeat(128), "\uD83D\uDE00".repeat(256), "k".repeat(128), ""));
        put(ARN, Map.of("awsome", "aws:values are the user's"));
        assertEquals(3, pairs(ARN).size());
    }

    @Test
    void charactersAreCheckedOnlyWhereTheServiceChecksThem() {
        put(ARN, Map.of("semi;colon", "a*b"));
        assertEquals("CHARACTERS semi;colon", refused(() -> Tags.check(Map.of("semi;colon", "v"), CHECKED)).getMessage());
        assertEquals("CHARACTERS k", refused(() -> Tags.check(Map.of("k", "a*b"), CHECKED)).getMessage());
        Tags.check(Map.of("Team Name_1.2:3/4=5+6-7@8", "Ünïcödé 値"), CHECKED);
    }

    @Test
    void checkRefusesWhatPutWouldBeforeAnythingIsStored() {
        assertEquals("TooMany", refused(() -> Tags.check(numbered(51), RULES)).code());
        assertEquals("Invalid", refused(() -> Tags.check(Map.of("aws:x", ""), RULES)).code());
        Tags.check(null, RULES);
        Tags.check(numbered(50), RULES);
    }

    private void put(String arn, Map<String, String> tags) {
        store.write(tx -> {
            Tags.put(tx, arn, tags, RULES);
            return null;
        });
    }

    private List<String> pairs(String arn) {
        return store.read(tx -> Tags.list(tx, arn)).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private static Map<String, String> numbered(int n) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("k" + i, "v" + i);
        }
        return m;
    }

    private static AwsException refused(Runnable r) {
        return assertThrows(AwsException.class, r::run);
    }
}
