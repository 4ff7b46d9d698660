package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.AwsException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PagingTest {
    private static final Function<String, AwsException> INVALID = t -> new AwsException("InvalidNextToken", "bad token " + t);
    private final Paging.Listing queues = Paging.Listing.of(INVALID, "ListQueues", "000000000000", "us-east-1", "orders-");
    private final List<String> letters = List.of("a", "b", "c", "d", "e");

    @Test
    void pagesOfAListKeptWholeFollowTheirTokensToTheEnd() {
        Paging.Page<String> first = queues.page(letters, null, 2);
        assertEquals(List.of("a", "b"), first.items());
        Paging.Page<String> second = queues.page(letters, first.nextToken(), 2);
        assertEquals(List.of("c", "d"), second.items());
        Paging.Page<String> last = queues.page(letters, second.nextToken(), 2);
        assertEquals(List.of("e"), last.items());
        assertNull(last.nextToken());
        assertNull(queues.page(letters, null, 5).nextToken(), "a list that fits has no token");
        assertEquals(List.of(), queues.page(List.of(), null, 5).items());
    }

    @Test
    void aTokenPastTheEndOfAListThatShrankGivesAnEmptyLastPage() {
        String token = queues.page(letters, null, 4).nextToken();
        Paging.Page<String> page = queues.page(List.of("a"), token, 4);
        assertEquals(List.of(), page.items());
        assertNull(page.nextToken());
        assertEquals(List.of("a", "b"), queues.page(List.of("a", "b"), null, Integer.MAX_VALUE).items(), "no overflow on a huge page");
    }

    @Test
    void pagesAfterAKeyKeepTheirPlaceWhenItemsComeAndGo() {
        Paging.Page<String> first = queues.after(letters, k -> k, null, 2);
        assertEquals(List.of("a", "b"), first.items());
        List<String> changed = new ArrayList<>(List.of("a", "aa", "c", "d", "e"));
        assertEquals(List.of("c", "d"), queues.after(changed, k -> k, first.nextToken(), 2).items(), "b deleted, aa added before: c comes next");
        assertNull(queues.after(letters, k -> k, null, 5).nextToken());
        assertEquals("b", queues.position(first.nextToken()));
    }

    @Test
    void tokensAreTheSameForTheSamePositionAndDifferForAnother() {
        assertEquals(queues.token("b"), queues.token("b"));
        assertNotEquals(queues.token("b"), queues.token("c"));
        assertEquals("names with ünïcödé and : . / +", queues.position(queues.token("names with ünïcödé and : . / +")));
        assertEquals("", queues.position(queues.token("")));
    }

    @Test
    void garbledTruncatedOrMadeUpTokensGetTheOperationsError() {
        String good = queues.page(letters, null, 2).nextToken();
        for (String bad : List.of("", "2", "-1", "100", "2147483647", "!", "c3dlZXA", "x/1", ".", "..", good.substring(0, good.length() - 1),
                good.substring(1), good + "A", good.replace('.', '-'), flipLastCharacter(good), "Mw." + good.substring(good.indexOf('.') + 1),
                base64("2") + ".AAAAAAAAAAAAAAAA", good + "." + good, "\u0000", "é.é")) {
            AwsException e = assertThrows(AwsException.class, () -> queues.page(letters, bad, 2), bad);
            assertEquals("InvalidNextToken", e.code(), bad);
            assertEquals("bad token " + bad, e.getMessage());
            assertEquals("InvalidNextToken", assertThrows(AwsException.class, () -> queues.after(letters, k -> k, bad, 2)).code());
        }
        assertThrows(AwsException.class, () -> queues.position(null));
    }

    @Test
    void aTokenOfAnotherListingIsRefused() {
        String token = queues.page(letters, null, 2).nextToken();
        List<Paging.Listing> others = List.of(
                Paging.Listing.of(INVALID, "ListQueues", "000000000000", "us-east-1", "orders"),
                Paging.Listing.of(INVALID, "ListQueues", "000000000000", "eu-west-1", "orders-"),
                Paging.Listing.of(INVALID, "ListDeadLetterSourceQueues", "000000000000", "us-east-1", "orders-"),
                // The parts are told apart by their lengths, not run together.
                Paging.Listing.of(INVALID, "ListQueues", "0000000000", "00us-east-1", "orders-"));
        for (Paging.Listing other : others) {
            assertEquals("InvalidNextToken", assertThrows(AwsException.class, () -> other.page(letters, token, 2)).code(), other.scope());
        }
    }

    @Test
    void aPositionThatIsNoIndexIsRefusedByIndexedPages() {
        for (String position : List.of("-1", "x", "", "99999999999")) {
            assertEquals("InvalidNextToken", assertThrows(AwsException.class, () -> queues.page(letters, queues.token(position), 2)).code());
        }
    }

    private static String base64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String flipLastCharacter(String token) {
        char last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
